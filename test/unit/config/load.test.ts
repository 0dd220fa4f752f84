import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { loadAwsConfig, parseAwsConfig } from '../../../src/config/load.js';
import { usageError } from '../../helpers/usage-error.js';

const problemIn = (text: string) => usageError(() => parseAwsConfig(text, 'config.yaml')).message;

describe('parseAwsConfig: what is set', () => {
  it.each([
    ['an empty file', ''],
    ['only comments', '# nothing set yet\n'],
    ['an empty document', '---\n'],
    ['an empty aws section', 'aws:\n'],
    ['an empty aws map', 'aws: {}\n'],
    ['only other providers', 'azure:\n  php_latest_version: "8.2"\ngcp:\n  mig_min_zones: 2\n'],
  ])('%s gives the defaults', (_, text) => {
    expect(parseAwsConfig(text, 'config.yaml')).toEqual(DEFAULT_AWS_CONFIG);
  });

  it.each([
    ['a count', 'max_unused_access_keys_days: 30', { max_unused_access_keys_days: 30 }],
    ['no limit, the negative way', 'max_scanned_resources_per_service: -1', { max_scanned_resources_per_service: -1 }],
    ['a per-service limit', 'max_lambda_functions: 200', { max_lambda_functions: 200 }],
    ['a YAML 1.1 yes', 'secrets_validate: yes', { secrets_validate: true }],
    ['a Python-style False', 'verify_premium_support_plans: False', { verify_premium_support_plans: false }],
    ['a tilde for null', 'max_ebs_snapshots: ~', { max_ebs_snapshots: null }],
    ['a threshold', 'threat_detection_llm_jacking_threshold: 1', { threat_detection_llm_jacking_threshold: 1 }],
    ['a list', 'disallowed_regions: [ap-east-1]', { disallowed_regions: ['ap-east-1'] }],
    ['an emptied list', 'obsolete_lambda_runtimes: []', { obsolete_lambda_runtimes: [] }],
    ['an IPv6 network', 'trusted_ips: ["2001:db8::/32"]', { trusted_ips: ['2001:db8::/32'] }],
    ['a quoted version', 'eks_cluster_oldest_version_supported: "1.30"', { eks_cluster_oldest_version_supported: '1.30' }],
    ['a Shodan key', 'shodan_api_key: abc123', { shodan_api_key: 'abc123' }],
  ])('%s overrides that key only', (_, line, override) => {
    expect(parseAwsConfig(`aws:\n  ${line}\n`, 'config.yaml')).toEqual({ ...DEFAULT_AWS_CONFIG, ...override });
  });

  it("reads a whole Prowler-layout file, other providers' sections included", () => {
    const sample = join(dirname(fileURLToPath(import.meta.url)), 'prowler-config.yaml');
    expect(loadAwsConfig(sample)).toEqual({
      ...DEFAULT_AWS_CONFIG,
      mute_non_default_regions: true,
      max_scanned_resources_per_service: 500,
      max_lambda_functions: 2000,
      disallowed_regions: ['me-south-1', 'af-south-1'],
      max_unused_access_keys_days: 30,
      max_console_access_days: 30,
      ec2_high_risk_ports: [25, 3306, 5432],
      trusted_account_ids: ['111122223333', '444455556666'],
      trusted_ips: ['10.0.0.0/8', '192.0.2.10'],
      log_group_retention_days: 400,
      ecr_repository_vulnerability_minimum_severity: 'HIGH',
      verify_premium_support_plans: false,
      threat_detection_enumeration_threshold: 0.5,
      threat_detection_enumeration_minutes: 720,
      threat_detection_llm_jacking_actions: ['InvokeModel', 'InvokeModelWithResponseStream'],
      eks_cluster_oldest_version_supported: '1.30',
      secrets_ignore_patterns: ['EXAMPLE[A-Z0-9]{8}'],
    });
  });
});

describe('parseAwsConfig: what is wrong and where', () => {
  it.each([
    [
      'a misspelt key',
      'aws:\n  max_unused_acces_keys_days: 30\n',
      "config.yaml:2:3: unknown key 'max_unused_acces_keys_days' (did you mean 'max_unused_access_keys_days'?)",
    ],
    [
      'a misspelt key below valid ones',
      'aws:\n  elb_min_azs: 3\n  # and the other kind\n  elbv2_min_az: 3\n',
      "config.yaml:4:3: unknown key 'elbv2_min_az' (did you mean 'elbv2_min_azs'?)",
    ],
    [
      'a key in the wrong case',
      'aws:\n  Secrets_Validate: true\n',
      "config.yaml:2:3: unknown key 'Secrets_Validate' (did you mean 'secrets_validate'?)",
    ],
    [
      'a key like none of ours',
      'aws:\n  colour: blue\n',
      "config.yaml:2:3: unknown key 'colour'; scanner aws --list-config lists the known keys",
    ],
    [
      'a word where a number goes',
      'aws:\n  max_days_secret_unused: ninety\n',
      "config.yaml:2:27: max_days_secret_unused must be a whole number of 0 or more, got 'ninety'",
    ],
    [
      'a quoted number',
      "aws:\n  elb_min_azs: '2'\n",
      "config.yaml:2:16: elb_min_azs must be a whole number of 0 or more, got '2'",
    ],
    [
      'negative days',
      'aws:\n  max_console_access_days: -45\n',
      'config.yaml:2:28: max_console_access_days must be a whole number of 0 or more, got -45',
    ],
    [
      'fractional days',
      'aws:\n  days_to_expire_threshold: 7.5\n',
      'config.yaml:2:29: days_to_expire_threshold must be a whole number of 0 or more, got 7.5',
    ],
    [
      'a key left empty',
      'aws:\n  lambda_min_azs:\n',
      'config.yaml:2:3: lambda_min_azs must be a whole number of 0 or more, got null',
    ],
    [
      'a resource limit below -1',
      'aws:\n  max_ebs_snapshots: -2\n',
      'config.yaml:2:22: max_ebs_snapshots must be a whole number (0 or -1 for no limit) or null, got -2',
    ],
    [
      'a threshold given as a percentage',
      'aws:\n  threat_detection_enumeration_threshold: 30\n',
      'config.yaml:2:43: threat_detection_enumeration_threshold must be a number from 0 to 1, got 30',
    ],
    [
      'a word where true or false goes',
      'aws:\n  secrets_validate: maybe\n',
      "config.yaml:2:21: secrets_validate must be true or false, got 'maybe'",
    ],
    [
      'one value where a list goes',
      'aws:\n  disallowed_regions: me-south-1\n',
      "config.yaml:2:23: disallowed_regions must be a list of region names, got 'me-south-1'",
    ],
    [
      'a port out of range, as the third entry',
      'aws:\n  ec2_high_risk_ports:\n    - 25\n    - 110\n    - 70000\n',
      'config.yaml:5:7: each entry of ec2_high_risk_ports must be a port number from 1 to 65535, got 70000',
    ],
    [
      'an unquoted account ID, which YAML reads as a number',
      'aws:\n  trusted_account_ids: [012345678901]\n',
      "config.yaml:2:25: each entry of trusted_account_ids must be a 12-digit account ID in quotes, like '123456789012', got 12345678901",
    ],
    [
      'a network that is not one',
      'aws:\n  trusted_ips: ["10.0.0.0/33"]\n',
      "config.yaml:2:17: each entry of trusted_ips must be an IP address or CIDR range, got '10.0.0.0/33'",
    ],
    [
      'a severity in lower case',
      'aws:\n  ecr_repository_vulnerability_minimum_severity: high\n',
      "config.yaml:2:50: ecr_repository_vulnerability_minimum_severity must be one of CRITICAL, HIGH, MEDIUM, LOW, INFORMATIONAL, got 'high'",
    ],
    [
      'an unquoted version, which YAML reads as a number',
      'aws:\n  eks_cluster_oldest_version_supported: 1.30\n',
      "config.yaml:2:41: eks_cluster_oldest_version_supported must be a quoted version like '1.28', got 1.3",
    ],
    ['an aws section that is a list', 'aws:\n  - elb_min_azs: 2\n', 'config.yaml:2:3: aws must be a map of settings, got a list'],
    ['a file that is a list', '- aws\n', "config.yaml:1:1: the file must be a map with an 'aws:' section, got a list"],
    [
      'a misspelt section',
      'awss:\n  elb_min_azs: 2\n',
      "config.yaml:1:1: unknown top-level key 'awss' (did you mean 'aws'?)",
    ],
    [
      'a misspelt section after a valid one',
      'aws:\n  elb_min_azs: 2\nazur:\n  php_latest_version: "8.2"\n',
      "config.yaml:3:1: unknown top-level key 'azur' (did you mean 'azure'?)",
    ],
    [
      'a section no provider has',
      'settings:\n  elb_min_azs: 2\n',
      "config.yaml:1:1: unknown top-level key 'settings'; expected 'aws' or another Prowler provider section",
    ],
    [
      'an AWS key outside the aws section',
      'aws:\n  elb_min_azs: 2\nelbv2_min_azs: 3\n',
      "config.yaml:3:1: unknown top-level key 'elbv2_min_azs': AWS settings go under 'aws:'",
    ],
    [
      'a key set twice',
      'aws:\n  max_unused_access_keys_days: 30\n  elb_min_azs: 2\n  max_unused_access_keys_days: 60\n',
      'config.yaml:4:3: this key is set twice in the same map; keep only one',
    ],
    [
      'the aws section written twice',
      'aws:\n  elb_min_azs: 2\naws:\n  elbv2_min_azs: 2\n',
      'config.yaml:3:1: this key is set twice in the same map; keep only one',
    ],
    ['broken YAML', 'aws:\n  disallowed_regions: [eu-west-1\n', expect.stringMatching(/^config\.yaml:3:\d+: \S/)],
    ['a tab for indentation', 'aws:\n\telb_min_azs: 2\n', expect.stringMatching(/^config\.yaml:2:\d+: \S/)],
  ])('%s', (_, text, message) => {
    expect(problemIn(text)).toEqual(message);
  });

  it('reports the first problem of several, on one line', () => {
    const message = problemIn('aws:\n  elb_min_azs: -1\n  elbv2_min_azs: x\n  colour: blue\n');
    expect(message).toBe('config.yaml:2:16: elb_min_azs must be a whole number of 0 or more, got -1');
    expect(problemIn('aws:\n  disallowed_regions: [eu-west-1\n')).not.toContain('\n');
  });
});

describe('loadAwsConfig', () => {
  const directory = mkdtempSync(join(tmpdir(), 'config-'));

  it('says why a file cannot be read', () => {
    const missing = join(directory, 'missing.yaml');
    expect(usageError(() => loadAwsConfig(missing)).message).toBe(`cannot read config file ${missing}: no such file`);
    expect(usageError(() => loadAwsConfig(directory)).message).toBe(
      `cannot read config file ${directory}: it is a directory`,
    );
  });

  it.skipIf(process.getuid?.() === 0)('says so when the file is not readable', () => {
    const locked = join(directory, 'locked.yaml');
    writeFileSync(locked, 'aws:\n  elb_min_azs: 2\n');
    chmodSync(locked, 0o000);
    expect(usageError(() => loadAwsConfig(locked)).message).toBe(`cannot read config file ${locked}: permission denied`);
  });

  it('names the file in a format error', () => {
    const broken = join(directory, 'broken.yaml');
    writeFileSync(broken, 'aws:\n  max_unused_acces_keys_days: 30\n');
    expect(usageError(() => loadAwsConfig(broken)).message).toBe(
      `${broken}:2:3: unknown key 'max_unused_acces_keys_days' (did you mean 'max_unused_access_keys_days'?)`,
    );
  });
});
