import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCatalog } from '../../src/checks/catalog.js';
import { ROOT, runBuiltScanner, runScanner as scanner, type CliRun } from '../helpers/cli.js';
import { motoEndpoint, resetMoto } from '../helpers/moto.js';
import { SEEDED_CHECKS, SEEDED_VERDICTS } from '../helpers/seeded-checks.js';
import { seedMisconfiguredAccount } from '../../scripts/seed-account.js';

const REGIONS = ['us-east-1', 'eu-west-1'];


/**
 * The calls moto 5.2.1 does not implement that a scan of every check on the seeded account makes
 * (it answers them with an HTML "500 Internal Server Error" page): their checks report ERROR there, as for any call that fails.
 */
const MOTO_LACKS = [
  'GetImageBlockPublicAccessState',
  'GetSnapshotBlockPublicAccessState',
  'GetInstanceMetadataDefaults',
  'DescribeClientVpnEndpoints',
  'DescribeInstanceInformation',
  'DescribeVirtualInterfaces',
  'GetSubscriptionState',
  'ListPolicies',
  'ListRules',
  'ListRuleGroups',
  'ListWebACLs',
  'GenerateServiceLastAccessedDetails',
  'ListAnalyzers',
  'GetContactInformation',
  'ListOrganizationAdminAccounts',
  'DescribeServices',
  'ListReplicationSets',
  'ListIndexes',
  'ListWorkloads',
  'ListTrustAnchors',
  'ListProfiles',
  'ListResourceComplianceSummaries',
  'ListEndpoints',
  'ListRegistries',
  'LookupEvents',
  'DescribeFleets',
  'DescribeJobs',
  'GetInstances',
  'GetRelationalDatabases',
  'GetStaticIps',
  'GetLifecyclePolicies',
  'GetMLTransforms',
  'SearchTables',
  'ListConnectors',
  'ListFileShares',
  'ListGateways',
  'ListGuardrails',
  'ListPrompts',
  'ListMonitoringSchedules',
  'ListServiceSpecificCredentials',
  'ListApps',
  'ListReportGroups',
  // SESv2's listing: moto 5.2.1 answers it with an error page.
  'ListEmailIdentities',
  // CodeCommit's and CodeArtifact's listings: moto has no CodeArtifact and lacks this CodeCommit call.
  'ListRepositories',
  // moto has it, but leaves out BlockPublicSecurityGroupRules, which AWS always answers, until it is set.
  'GetBlockPublicAccessConfiguration',
  // moto has it, but dates its answer in a form the SDK rejects.
  'GetMacieSession',
];

interface OcsfFinding {
  class_uid: number;
  status_code: string;
  status_detail: string;
  severity: string;
  metadata: { event_code: string };
  resources: { uid: string; name: string; region: string }[];
  cloud: { account: { uid: string }; region: string };
}

describe('scanner CLI', () => {
  it('the built executable prints its version and help', async () => {
    const version = await runBuiltScanner(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await runBuiltScanner(['aws', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--role-arn');
    expect(help.stdout).toContain('Examples:');
    const bare = await runBuiltScanner([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('Usage: scanner');
  });

  it('lists checks and services without touching AWS', async () => {
    const checks = await scanner(['aws', '--list-checks']);
    expect(checks.code).toBe(0);
    for (const check of checkCatalog) expect(checks.stdout).toMatch(new RegExp(`^${check.id}\\s+${check.service}\\s+${check.severity}\\s`, 'm'));
    const json = JSON.parse((await scanner(['aws', '--list-checks-json'])).stdout) as { id: string }[];
    expect(json.map((c) => c.id).sort()).toEqual(checkCatalog.map((c) => c.id).sort());
    const services = await scanner(['aws', '--list-services', '-s', 'kms']);
    const kmsChecks = checkCatalog.filter((check) => check.service === 'kms').length;
    expect(services.stdout).toMatch(new RegExp(`^kms\\s+${kmsChecks}$`, 'm'));
  });

  it.each([
    [['aws', '-R', 'not-an-arn'], /^scanner: invalid role ARN "not-an-arn"/],
    [['aws', '-I', 'abc'], /^scanner: --external-id needs --role-arn$/],
    [['aws', '-c', 'no_such_check'], /^scanner: unknown check: no_such_check/],
    [['aws', '-s', 'nosuchservice'], /^scanner: unknown service: nosuchservice/],
    [['aws', '--bogus'], /^scanner: unknown option '--bogus'/],
  ])('%j exits 2 with one line and no stack trace', async (args, message) => {
    const run = await scanner(args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('stops quietly when its reader stops early (`--list-checks | head -1`)', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'scanner.js'), 'aws', '--list-checks'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Closed before the first line arrives, as `head` would once it has read enough.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('a region the account does not have is a usage error', async () => {
    const run = await scanner(['aws', '--endpoint-url', motoEndpoint(), '-f', 'eu-west-9', '-c', 'kms_cmk_rotation_enabled']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('scanner: unknown or disabled region(s): eu-west-9');
  });
});

describe('a scan of a misconfigured account in moto', () => {
  const outputDirectory = mkdtempSync(join(tmpdir(), 'scanner-e2e-'));
  let run: CliRun;
  let findings: OcsfFinding[];
  let csv: string;

  beforeAll(async () => {
    await resetMoto();
    await seedMisconfiguredAccount({ endpoint: motoEndpoint(), regions: REGIONS });
    run = await scanner(['aws', '--endpoint-url', motoEndpoint(), '-f', ...REGIONS, '-c', ...SEEDED_CHECKS, '--scan-name', 'E2E', '-o', outputDirectory, '-F', 'scan']);
    findings = JSON.parse(readFileSync(join(outputDirectory, 'scan.ocsf.json'), 'utf8')) as OcsfFinding[];
    csv = readFileSync(join(outputDirectory, 'scan.csv'), 'utf8');
  }, 120_000);

  it('exits 3 because there are FAIL findings, and summarises on stdout', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('account 123456789012');
    expect(run.stdout).toMatch(/FAIL [1-9]\d*/);
    expect(readdirSync(outputDirectory).sort()).toEqual(['compliance', 'scan.csv', 'scan.html', 'scan.ocsf.json']);
  });

  it('has a finding from every check it was seeded for, none of them an ERROR', () => {
    const checked = new Set(findings.map((f) => f.metadata.event_code));
    // moto's credential report has no <root_account> row, so the root-user checks have nothing to judge.
    const needRoot = ['iam_avoid_root_usage', 'iam_no_root_access_key', 'iam_root_mfa_enabled'];
    expect(SEEDED_CHECKS.filter((id) => !checked.has(id) && !needRoot.includes(id))).toEqual([]);
    expect(findings.filter((f) => f.status_code === 'ERROR').map((f) => `${f.metadata.event_code}: ${f.status_detail}`)).toEqual([]);
  });

  it.each([
    ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22', 'FAIL', 'us-east-1'],
    ['ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_3389', 'FAIL', 'eu-west-1'],
    ['ec2_instance_imdsv2_enabled', 'FAIL', 'eu-west-1'],
    ['ec2_instance_imdsv2_enabled', 'PASS', 'eu-west-1'],
    ['ec2_ebs_public_snapshot', 'FAIL', 'us-east-1'],
    ['s3_bucket_policy_public_write_access', 'FAIL', 'eu-west-1'],
    ['s3_bucket_object_versioning', 'PASS', 'us-east-1'],
    ['iam_password_policy_minimum_length_14', 'FAIL', 'us-east-1'],
    ['iam_customer_attached_policy_no_administrative_privileges', 'FAIL', 'us-east-1'],
    ['iam_aws_attached_policy_no_administrative_privileges', 'FAIL', 'us-east-1'],
    ['iam_inline_policy_no_administrative_privileges', 'FAIL', 'us-east-1'],
    ['iam_support_role_created', 'PASS', 'us-east-1'],
    ['ec2_securitygroup_default_restrict_traffic', 'FAIL', 'us-east-1'],
    ['kms_cmk_rotation_enabled', 'PASS', 'eu-west-1'],
    ['kms_cmk_rotation_enabled', 'FAIL', 'us-east-1'],
  ])('%s reports %s in %s', (checkId, status, region) => {
    expect(findings.some((f) => f.metadata.event_code === checkId && f.status_code === status && f.cloud.region === region)).toBe(true);
  });

  it('gives every check the verdicts it gave before the reshape for 645 checks', () => {
    // moto's IDs are random: instance, volume, snapshot, image, group, VPC and key IDs compare as `*`.
    const normalise = (arn: string) => arn.replace(/\b(ami|snap|vol|i|sg|vpc)-[0-9a-f]{8,17}\b/g, '$1-*').replace(/key\/[0-9a-f-]{36}/, 'key/*');
    const rows = findings.map((f) => [f.metadata.event_code, normalise(f.resources[0]!.uid), f.cloud.region, f.status_code].join('\t')).sort();
    expect(rows).toEqual([...SEEDED_VERDICTS].sort());
  });

  it('writes Prowler-shaped CSV and OCSF', () => {
    expect(csv.split('\n')[0]).toMatch(/^AUTH_METHOD;TIMESTAMP;ACCOUNT_UID;ACCOUNT_NAME;.*;CHECK_ID;CHECK_TITLE;.*;STATUS;STATUS_EXTENDED;MUTED;.*;ACCOUNT_OU_NAME\r?$/);
    expect(csv.trim().split('\n').length).toBeGreaterThan(findings.length); // header + rows (some rows span lines)
    for (const finding of findings) {
      expect(finding.class_uid).toBe(2004);
      expect(finding.cloud.account.uid).toBe('123456789012');
      expect(finding.resources[0]!.uid).toBeTruthy();
    }
  });

  it('writes an HTML report that loads nothing from the network', () => {
    const html = readFileSync(join(outputDirectory, 'scan.html'), 'utf8');
    expect(html).toContain('E2E');
    expect(html).toContain('123456789012');
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=["']?https?:/i);
    expect(html).not.toMatch(/@import|url\(\s*['"]?https?:/i);
  });
});

describe('a scan of every check on the same account', () => {
  let findings: OcsfFinding[];
  let run: CliRun;

  beforeAll(async () => {
    await resetMoto();
    await seedMisconfiguredAccount({ endpoint: motoEndpoint(), regions: REGIONS });
    const outputDirectory = mkdtempSync(join(tmpdir(), 'scanner-e2e-all-'));
    run = await scanner(['aws', '--endpoint-url', motoEndpoint(), '-f', ...REGIONS, '-o', outputDirectory, '-F', 'scan', '-M', 'json-ocsf']);
    findings = JSON.parse(readFileSync(join(outputDirectory, 'scan.ocsf.json'), 'utf8')) as OcsfFinding[];
  }, 180_000);

  it('runs every check without a crash, and exits 3 for the failures', () => {
    expect(run.code).toBe(3);
    expect(findings.filter((f) => f.status_detail.startsWith('The check failed to run'))).toEqual([]);
  });

  it('reports ERROR only for the calls moto lacks, each naming its call', () => {
    const errors = findings.filter((f) => f.status_code === 'ERROR');
    expect(errors.filter((f) => !MOTO_LACKS.some((operation) => f.status_detail.includes(`${operation} failed`))).map((f) => f.status_detail)).toEqual([]);
  });
});

describe('credentials and endpoints', () => {
  it('scans through an assumed role and honours AWS_ENDPOINT_URL', async () => {
    await resetMoto();
    const out = mkdtempSync(join(tmpdir(), 'scanner-e2e-role-'));
    const run = await scanner(
      ['aws', '-R', 'arn:aws:iam::123456789012:role/ScannerAudit', '-I', 'ext-42', '-f', 'us-east-1', '-c', 'kms_cmk_rotation_enabled', '-o', out, '-M', 'json-ocsf', '-z'],
      { AWS_ENDPOINT_URL: motoEndpoint() },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('assumed-role/ScannerAudit/ScannerAssessmentSession');
  });
});
