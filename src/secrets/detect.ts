import { gunzipSync } from 'node:zlib';
import { lintSource } from '@secretlint/core';
import { creator as recommendedRules } from '@secretlint/secretlint-rule-preset-recommend';
import { UsageError } from '../errors.js';

/** One likely secret in a text: where it is and what it looks like, never the secret itself. */
export interface DetectedSecret {
  /** 1-based line of the text on which the secret starts. */
  line: number;
  /** What kind of secret it looks like, for a person ("AWS access key"). */
  kind: string;
}

/**
 * Names for secretlint's message IDs. A message ID missing here (a rule added by a later
 * secretlint) still gets a readable name from `describeUnnamedKind`.
 */
const KIND_BY_MESSAGE: Readonly<Record<string, string>> = {
  AWSAccessKeyID: 'AWS access key',
  AWSSecretAccessKey: 'AWS secret access key',
  PrivateKey: 'Private key',
  PrivateKeyP12: 'GCP service account key (PKCS#12)',
  PrivateKeyJSON: 'GCP service account key',
  BasicAuth: 'Basic auth credentials',
  MongoDBConnection: 'MongoDB connection string with password',
  MySQLConnection: 'MySQL connection string with password',
  PostgreSQLConnection: 'PostgreSQL connection string with password',
  SLACK_TOKEN: 'Slack token',
  IncomingWebhook: 'Slack incoming webhook',
  GITHUB_TOKEN: 'GitHub token',
  GITLAB_PERSONAL_ACCESS_TOKEN: 'GitLab personal access token',
  NPM_ACCESS_TOKEN: 'npm access token',
  Npmrc_authToken: 'npm auth token',
  PackageJSON_xOauthToken: 'npm OAuth token',
  SENDGRID_KEY: 'SendGrid API key',
  OPENAI_TOKEN: 'OpenAI API key',
  ANTHROPIC_API_KEY: 'Anthropic API key',
};

const SECRETLINT_CONFIG = {
  rules: [
    {
      id: recommendedRules.meta.id,
      rule: recommendedRules,
      rules: [
        {
          id: '@secretlint/secretlint-rule-aws',
          // Secretlint leaves bare access key IDs alone by default; Prowler reports them. The same
          // option also reports account IDs, which identify and grant nothing: those stay silent.
          options: { enableIDScanRule: true },
          allowMessageIds: ['AWSAccountID'],
        },
      ],
    },
  ],
};

/**
 * The likely secrets in `text`, found by secretlint's recommended rules. A detection whose line
 * matches one of `ignorePatterns` (Prowler's `secrets_ignore_patterns`, regular expressions
 * searched anywhere in the line) is dropped, as Prowler drops it. Neither the secret nor its line
 * leaves this function, and nothing is logged: secretlint's own messages, which quote the secret,
 * are read for their message ID only.
 */
export async function detectSecrets(text: string, ignorePatterns: readonly string[] = []): Promise<DetectedSecret[]> {
  const ignored = ignorePatterns.map(compileIgnorePattern);
  const result = await lintSource({
    source: { content: text, filePath: 'scanned-text', contentType: 'text' },
    options: { config: SECRETLINT_CONFIG, noPhysicFilePath: true, maskSecrets: true },
  });
  // Prowler matches the patterns against LF-delimited lines, whatever else the text holds.
  const lines = text.split('\n');
  return result.messages
    .map((message) => ({ line: message.loc.start.line, kind: KIND_BY_MESSAGE[message.messageId] ?? describeUnnamedKind(message.messageId) }))
    .filter(({ line }) => !ignored.some((pattern) => pattern.test(lines[line - 1] ?? '')))
    .sort((first, second) => first.line - second.line);
}

/** Detections for a finding's text: "AWS access key on line 3, Private key on line 9". */
export function describeSecrets(secrets: readonly DetectedSecret[]): string {
  return secrets.map((secret) => `${secret.kind} on line ${secret.line}`).join(', ');
}

function compileIgnorePattern(pattern: string): RegExp {
  try {
    return new RegExp(pattern);
  } catch {
    throw new UsageError(`secrets_ignore_patterns: "${pattern}" is not a valid regular expression`);
  }
}

/** "HASHICORP_VAULT_SERVICE_TOKEN" -> "Hashicorp vault service token"; "FooBarKey" -> "Foo bar key". */
function describeUnnamedKind(messageId: string): string {
  const words = messageId
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[_\s]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
  const phrase = words.join(' ');
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;

/**
 * EC2 user data as text: base64, gunzipped when the bytes start with the gzip magic number (as
 * cloud-init accepts it). Throws when the bytes are not a valid gzip stream or not UTF-8; Prowler
 * reports such user data as MANUAL ("could not decode"), so callers must keep that apart from
 * "no secrets".
 */
export function decodeUserData(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  const text = bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1] ? gunzipSync(bytes) : bytes;
  return new TextDecoder('utf-8', { fatal: true }).decode(text);
}

/**
 * The outcome of scanning one piece of user data, in the three ways Prowler's user-data checks
 * tell apart: nothing to scan (PASS), bytes that are not text (MANUAL), or scanned.
 */
export type UserDataScan = { state: 'empty' } | { state: 'undecodable' } | { state: 'scanned'; secrets: DetectedSecret[] };

/** Decodes and scans base64 user data (EC2 instances, launch templates, launch configurations). */
export async function scanUserData(base64: string | null | undefined, ignorePatterns: readonly string[] = []): Promise<UserDataScan> {
  if (!base64) return { state: 'empty' };
  let text: string;
  try {
    text = decodeUserData(base64);
  } catch {
    return { state: 'undecodable' };
  }
  return { state: 'scanned', secrets: await detectSecrets(text, ignorePatterns) };
}
