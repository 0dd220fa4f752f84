import { z } from 'zod';
import { closestName, mustBe, parseYaml, readUserFile } from '../yaml/validate.js';
import { AWS_CONFIG_KEYS, type AwsConfig, type AwsConfigKey } from './aws-config.js';

/**
 * The sections of the other providers Prowler 5.40 has. A user may hand us Prowler's whole config
 * file, so these are accepted unread.
 */
const OTHER_PROVIDER_SECTIONS = [
  'alibabacloud',
  'azure',
  'cloudflare',
  'e2enetworks',
  'gcp',
  'github',
  'googleworkspace',
  'huaweicloud',
  'iac',
  'image',
  'kubernetes',
  'linode',
  'llm',
  'm365',
  'mongodbatlas',
  'nhn',
  'okta',
  'openstack',
  'oraclecloud',
  'scaleway',
  'stackit',
  'vercel',
] as const;

const awsKeys = Object.keys(AWS_CONFIG_KEYS) as AwsConfigKey[];

function unknownAwsKey(name: string): string {
  const suggestion = closestName(name, awsKeys);
  return suggestion
    ? `unknown key '${name}' (did you mean '${suggestion}'?)`
    : `unknown key '${name}'; scanner aws --list-config lists the known keys`;
}

function unknownSection(name: string): string {
  if (Object.hasOwn(AWS_CONFIG_KEYS, name)) return `unknown top-level key '${name}': AWS settings go under 'aws:'`;
  const suggestion = closestName(name, ['aws', ...OTHER_PROVIDER_SECTIONS]);
  return suggestion
    ? `unknown top-level key '${name}' (did you mean '${suggestion}'?)`
    : `unknown top-level key '${name}'; expected 'aws' or another Prowler provider section`;
}

type AwsSectionShape = { [Key in AwsConfigKey]: z.ZodDefault<(typeof AWS_CONFIG_KEYS)[Key]['schema']> };

// Built key by key, so the precise type is restored by hand; each key still validates with its own schema.
const awsSectionShape = Object.fromEntries(
  awsKeys.map((name) => {
    const { schema, default: value } = AWS_CONFIG_KEYS[name];
    return [name, (schema as z.ZodType).default(value)];
  }),
) as AwsSectionShape;

const awsSectionType = mustBe('a map of settings');
const awsSection = z.strictObject(awsSectionShape, {
  error: (issue) => (issue.code === 'unrecognized_keys' ? unknownAwsKey(issue.keys[0]!) : awsSectionType.error(issue)),
});

const fileType = mustBe("a map with an 'aws:' section");
// An empty file and an empty `aws:` both read as null, and both mean "all defaults".
const ConfigFileSchema = z.preprocess(
  (file) => file ?? {},
  z.strictObject(
    {
      aws: z.preprocess((section) => section ?? {}, awsSection),
      ...Object.fromEntries(OTHER_PROVIDER_SECTIONS.map((name) => [name, z.unknown().optional()])),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? unknownSection(issue.keys[0]!) : fileType.error(issue)) },
  ),
);

/** Reads a config file in Prowler's config.yaml format; anything wrong with it is a UsageError naming the spot. */
export function loadAwsConfig(path: string): AwsConfig {
  return parseAwsConfig(readUserFile(path, 'config file'), path);
}

/**
 * The AWS settings of a Prowler-format config text, with Prowler's default for every key not
 * given. `source` names the text in errors, which read `<source>:<line>:<column>: <what is wrong>`.
 */
export function parseAwsConfig(text: string, source: string): AwsConfig {
  const file = parseYaml(text, source, ConfigFileSchema, {
    // Prowler reads this file as YAML 1.1 (PyYAML), where `yes`, `True` and `off` are booleans too.
    yaml: { version: '1.1' },
    duplicateKey: 'this key is set twice in the same map; keep only one',
  });
  return file.aws;
}
