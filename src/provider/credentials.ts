import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { fromNodeProviderChain } from '@aws-sdk/credential-providers';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider, Logger as SdkLogger } from '@aws-sdk/types';
import type { Logger } from 'pino';
import { ExitCode, ScannerError, UsageError, describeError } from '../errors.js';
import { silentLogger } from '../logger.js';
import { renewRejectedCredentials, type ScanCredentials } from './renewal.js';
import { CallTimeoutError, DEFAULT_TIMEOUTS } from './timeouts.js';

/** Role chaining (a role assuming a role) is capped by STS at one hour, whatever the role allows. */
export const ROLE_CHAINING_MAX_SECONDS = 3600;

/**
 * Renew this long before expiry. The SDK clients ask again once less than 5 minutes remain, so a
 * larger margin here guarantees they are handed credentials that are actually new.
 */
const REFRESH_MARGIN_MS = 10 * 60 * 1000;

/**
 * Credentials every client of a scan shares. `renew` is for credentials AWS stopped accepting
 * before their announced expiry (a revoked session, a drifting clock, a session cut short): the
 * first caller to report the rejected key starts one renewal, later callers reporting the same key
 * wait on it or are handed its result, and a renewal that failed is not tried again for that key.
 */
export interface RenewableCredentials extends AwsCredentialIdentityProvider {
  renew(rejected: AwsCredentialIdentity): Promise<AwsCredentialIdentity>;
  /** Tells the SDK clients not to cache these on their own, so a renewal reaches them at once. */
  readonly memoized: true;
}

/**
 * Wraps a credential source so that every SDK client shares one copy, renewed before it expires,
 * with concurrent callers waiting on the same renewal instead of each calling STS. `forceRefresh`
 * asks the source for credentials newer than the ones it holds, rather than its cached copy.
 */
export function sharedRefreshingCredentials(
  fetchCredentials: (options: { forceRefresh: boolean }) => Promise<AwsCredentialIdentity>,
  now: () => number = Date.now,
): RenewableCredentials {
  let current: AwsCredentialIdentity | undefined;
  let renewal: Promise<AwsCredentialIdentity> | undefined;
  /** Keys whose forced renewal failed, with that failure: every later caller gets it, not a new attempt. */
  const failedRenewals = new Map<string, Promise<AwsCredentialIdentity>>();
  const fresh = (credentials: AwsCredentialIdentity): boolean =>
    credentials.expiration === undefined ||
    credentials.expiration.getTime() - now() > REFRESH_MARGIN_MS;
  const fetchShared = (forceRefresh: boolean) =>
    (renewal ??= fetchCredentials({ forceRefresh })
      .then((credentials) => (current = credentials))
      .finally(() => (renewal = undefined)));
  const provide = () => (current && fresh(current) ? Promise.resolve(current) : fetchShared(false));
  const renew = (rejected: AwsCredentialIdentity): Promise<AwsCredentialIdentity> => {
    if (current && current.accessKeyId !== rejected.accessKeyId) return Promise.resolve(current);
    const failed = failedRenewals.get(rejected.accessKeyId);
    if (failed) return failed;
    const renewed = fetchShared(true);
    renewed.catch(() => failedRenewals.set(rejected.accessKeyId, renewed));
    return renewed;
  };
  return Object.assign(provide, { renew, memoized: true as const });
}

export interface StsSettings {
  region: string;
  endpoint?: string;
  /** The longest an identity call may take, all attempts included. */
  timeoutMs?: number;
}

export interface RoleToAssume {
  roleArn: string;
  externalId?: string;
  sessionName: string;
  durationSeconds: number;
}

/**
 * The caller's own credentials, from the SDK's usual chain (environment, profile, SSO, web
 * identity, container or instance role), renewed through that chain when they expire or are
 * rejected. The SDK's own warnings become log records, and a failure names the profile
 * and the files it was looked for in.
 */
export function sourceCredentials(profile: string | undefined, log: Logger = silentLogger): RenewableCredentials {
  const chain = fromNodeProviderChain({ ...(profile ? { profile } : {}), logger: sdkLogger(log) });
  // The chain caches what it loaded; forceRefresh has it load again (a new SSO or web identity
  // session, a new container or instance role key) instead of handing back the rejected copy.
  return sharedRefreshingCredentials(async ({ forceRefresh }) => {
    try {
      return await chain({ forceRefresh });
    } catch (error) {
      throw credentialsFailure(profile ?? (process.env.AWS_PROFILE || undefined), error);
    }
  });
}

/**
 * The SDK writes some warnings (several lines each) straight to the console unless given a
 * logger; they are its own business, so they stay below the warn level of ours.
 */
function sdkLogger(log: Logger): SdkLogger {
  const sdk = log.child({ source: 'aws-sdk' });
  const text = (content: unknown[]) => content.map(String).join(' ').replace(/\s+/g, ' ').trim();
  return {
    debug: (...content: unknown[]) => sdk.debug(text(content)),
    info: (...content: unknown[]) => sdk.debug(text(content)),
    warn: (...content: unknown[]) => sdk.info(text(content)),
    error: (...content: unknown[]) => sdk.warn(text(content)),
  };
}

/** The shared config and credentials files, where the SDK looks for profiles. */
export function credentialFiles(): { config: string; credentials: string } {
  return {
    config: process.env.AWS_CONFIG_FILE || join(homedir(), '.aws', 'config'),
    credentials: process.env.AWS_SHARED_CREDENTIALS_FILE || join(homedir(), '.aws', 'credentials'),
  };
}

/** The profiles a config (`[profile name]`, `[default]`) or credentials (`[name]`) file declares. */
function profilesIn(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return [...text.matchAll(/^\s*\[([^\]]+)\]/gm)].map((match) => match[1]!.trim().replace(/^profile\s+/, ''));
}

function credentialsFailure(profile: string | undefined, error: unknown): ScannerError {
  const files = credentialFiles();
  const where = `${files.config} or ${files.credentials} (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE choose others)`;
  if (profile && ![files.config, files.credentials].some((path) => profilesIn(path).includes(profile))) return new UsageError(`profile "${profile}" is not defined in ${where}`);
  const cause = describeError(error);
  if (profile) return new ScannerError(`cannot load the credentials of profile "${profile}" from ${where}: ${cause}`, ExitCode.runtimeFailure, error);
  return new ScannerError(
    `no AWS credentials found in the environment (AWS_ACCESS_KEY_ID), the default profile of ${where}, ` +
      `or a container or instance role: ${cause}. Pass -p <profile> or set credentials in the environment.`,
    ExitCode.runtimeFailure,
    error,
  );
}

/**
 * An STS client for start-up: who the caller is, and the audit role's sessions. Credentials that
 * can be renewed are renewed when STS rejects them early, so a long scan's AssumeRole (with the
 * caller's own credentials) survives a source session cut short.
 */
export function stsClient(settings: StsSettings, credentials: ScanCredentials, log?: Logger): STSClient {
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUTS.identityMs;
  const sts = new STSClient({
    region: settings.region,
    endpoint: settings.endpoint,
    credentials,
    // Two attempts of half the deadline each: a lost packet is retried, a dead endpoint is not waited on.
    maxAttempts: 2,
    requestHandler: { requestTimeout: timeoutMs / 2, connectionTimeout: Math.min(timeoutMs / 2, DEFAULT_TIMEOUTS.connectMs), throwOnRequestTimeout: true },
  });
  renewRejectedCredentials(sts, credentials, log, 'STS');
  return sts;
}

/** Where `sts` sends its calls, for error messages: the overridden endpoint, or the region's own. */
function stsEndpointOf(sts: STSClient, settings: StsSettings): string {
  if (settings.endpoint) return settings.endpoint;
  return sts.config.endpointProvider({ Region: settings.region, UseFIPS: false, UseDualStack: false }).url.href.replace(/\/$/, '');
}

/**
 * Who the credentials belong to. Bounded by `timeoutMs`, so a start-up against an endpoint that
 * never answers fails in seconds, naming it, instead of hanging.
 */
export async function callerIdentity(sts: STSClient, settings: StsSettings): Promise<{ account: string; arn: string; userId: string }> {
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUTS.identityMs;
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CallTimeoutError(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  let identity;
  try {
    identity = await Promise.race([sts.send(new GetCallerIdentityCommand({})), deadline]);
  } catch (error) {
    if (error instanceof ScannerError) throw error;
    throw new ScannerError(
      `cannot identify the caller at ${stsEndpointOf(sts, settings)} (sts:GetCallerIdentity): ${describeError(error)}. ` +
        (error instanceof CallTimeoutError
          ? 'Check the network, a proxy, or --endpoint-url.'
          : 'Check the profile, environment credentials or SSO session.'),
      ExitCode.runtimeFailure,
      error,
    );
  } finally {
    clearTimeout(timer);
  }
  if (!identity.Account || !identity.Arn || !identity.UserId) {
    throw new ScannerError('STS GetCallerIdentity returned an incomplete identity', ExitCode.runtimeFailure);
  }
  return { account: identity.Account, arn: identity.Arn, userId: identity.UserId };
}

/** True when the caller is itself an assumed role, so a further AssumeRole is role chaining. */
export function isAssumedRole(callerArn: string): boolean {
  return /^arn:[^:]+:sts::\d{12}:assumed-role\//.test(callerArn);
}

/** A role that could not be assumed: an organization scan records its account as assume_denied and goes on. */
export class AssumeRoleError extends ScannerError {
  constructor(message: string, detail: unknown) {
    super(message, ExitCode.runtimeFailure, detail);
    this.name = 'AssumeRoleError';
  }
}

/**
 * Credentials of `role`, assumed with the source credentials behind `sts`, renewed before expiry
 * for as long as the scan runs.
 */
export function assumedRoleCredentials(
  sts: STSClient,
  role: RoleToAssume,
  now: () => number = Date.now,
): RenewableCredentials {
  const assume = async (): Promise<AwsCredentialIdentity> => {
    let response;
    try {
      response = await sts.send(
        new AssumeRoleCommand({
          RoleArn: role.roleArn,
          RoleSessionName: role.sessionName,
          ExternalId: role.externalId,
          DurationSeconds: role.durationSeconds,
        }),
      );
    } catch (error) {
      throw new AssumeRoleError(
        `cannot assume role ${role.roleArn}: ${describeError(error)}. ` +
          `Check the external ID and the role's trust policy (it must trust the calling principal).`,
        error,
      );
    }
    const c = response.Credentials;
    if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken) {
      throw new ScannerError(`AssumeRole for ${role.roleArn} returned no credentials`, ExitCode.runtimeFailure);
    }
    return {
      accessKeyId: c.AccessKeyId,
      secretAccessKey: c.SecretAccessKey,
      sessionToken: c.SessionToken,
      expiration: c.Expiration,
    };
  };
  return sharedRefreshingCredentials(assume, now);
}
