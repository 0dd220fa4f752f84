import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialsOlderThan, startAwsProxy, type AwsCall, type AwsProxy, type DecideFunction } from '../../scripts/aws-proxy.js';
import { runScanner, type CliRun } from '../helpers/cli.js';
import { motoEndpoint, resetMoto } from '../helpers/moto.js';
import { seedMisconfiguredAccount } from '../../scripts/seed-account.js';

/**
 * The same moto account scanned once through a clean proxy and once per fault the proxy injects,
 * each faulted run compared with the clean one: nothing may turn from FAIL to PASS, every clean
 * finding keeps its verdict or is covered by an ERROR of its check and scope naming the failed
 * call, and the exit code and summary say when the scan was incomplete.
 */
const REGIONS = ['eu-west-1', 'us-east-1'];
const CHECKS = [
  'cloudtrail_logs_s3_bucket_is_not_publicly_accessible',
  's3_account_level_public_access_blocks',
  's3_bucket_default_encryption',
  's3_bucket_object_versioning',
  's3_bucket_public_access',
  'kms_cmk_rotation_enabled',
  'ec2_securitygroup_allow_ingress_from_internet_to_tcp_port_22',
  'iam_password_policy_minimum_length_14',
];

interface OcsfFinding {
  status_code: string;
  status_detail: string;
  metadata: { event_code: string };
  cloud: { region: string };
  resources: { uid: string; region: string }[];
}

interface ScanOutcome {
  run: CliRun;
  findings: OcsfFinding[];
}

/** Calls the proxy failed, by action: every ERROR must name one of them. */
let faultedActions = new Set<string>();
let proxy: AwsProxy;

function failing(rule: (call: AwsCall) => boolean, fault: 'throttle' | 'deny' | 'expired'): DecideFunction {
  return (call) => {
    if (!rule(call)) return 'forward';
    faultedActions.add(call.action);
    return { fault };
  };
}

/** Scans through the proxy with the given decisions; `env` replaces the credentials when set. */
async function scanThrough(decide: DecideFunction | undefined, env: Record<string, string> = {}): Promise<ScanOutcome> {
  faultedActions = new Set();
  proxy.setDecide(decide);
  const directory = mkdtempSync(join(tmpdir(), 'scanner-faults-'));
  const run = await runScanner(['aws', '--endpoint-url', proxy.endpoint, '-f', ...REGIONS, '-c', ...CHECKS, '-M', 'json-ocsf', '-o', directory, '-F', 'scan'], env);
  const findings = JSON.parse(readFileSync(join(directory, 'scan.ocsf.json'), 'utf8')) as OcsfFinding[];
  return { run, findings };
}

const checkOf = (finding: OcsfFinding) => finding.metadata.event_code;
const keyOf = (finding: OcsfFinding) => `${checkOf(finding)} ${finding.resources[0]!.uid} ${finding.cloud.region}`;

/** The assertions every faulted run must satisfy against the clean one. */
function expectNothingLost(clean: ScanOutcome, faulted: ScanOutcome): void {
  const byKey = new Map(faulted.findings.map((finding) => [keyOf(finding), finding]));
  const errors = faulted.findings.filter((finding) => finding.status_code === 'ERROR');
  for (const finding of clean.findings) {
    const after = byKey.get(keyOf(finding));
    if (finding.status_code === 'FAIL') expect(after?.status_code, `${keyOf(finding)} was FAIL`).not.toBe('PASS');
    if (after?.status_code === finding.status_code) continue;
    const covered = errors.some(
      (error) => checkOf(error) === checkOf(finding) && (error.resources[0]!.uid === finding.resources[0]!.uid || error.cloud.region === finding.cloud.region || error.cloud.region === 'us-east-1'),
    );
    expect(covered, `${keyOf(finding)} (${finding.status_code}) is neither kept nor covered by an ERROR of its check`).toBe(true);
  }
  for (const error of errors) {
    expect([...faultedActions].some((action) => error.status_detail.includes(action)), `${keyOf(error)} names a failed call: ${error.status_detail}`).toBe(true);
  }
  if (errors.length > 0) {
    // A FAIL the gate counts still decides exit 3; without one, the incomplete scan exits 4.
    expect(faulted.run.code).toBe(faulted.findings.some((finding) => finding.status_code === 'FAIL') ? 3 : 4);
    expect(faulted.run.stdout).toMatch(/Incomplete: \d+ scopes? in \d+ regions? could not be read/);
  } else {
    expect(faulted.findings.map(keyOf).sort()).toEqual(clean.findings.map(keyOf).sort());
  }
}

describe('a scan under faults loses nothing and says what it could not read', () => {
  let clean: ScanOutcome;

  beforeAll(async () => {
    await resetMoto();
    await seedMisconfiguredAccount({ endpoint: motoEndpoint(), regions: REGIONS });
    proxy = await startAwsProxy({ upstream: motoEndpoint() });
    clean = await scanThrough(undefined);
  }, 300_000);
  afterAll(() => proxy?.close());

  it('the clean run reads everything, and has FAILs to lose', () => {
    expect(clean.findings.filter((finding) => finding.status_code === 'ERROR')).toEqual([]);
    expect(clean.findings.filter((finding) => finding.status_code === 'FAIL').length).toBeGreaterThan(3);
    expect(clean.run.code).toBe(3);
    expect(clean.run.stdout).not.toContain('Incomplete');
  });

  it('20% of calls throttled: retried, nothing lost', async () => {
    let calls = 0;
    const throttled = await scanThrough(failing(() => ++calls % 5 === 0, 'throttle'));
    expect(faultedActions.size).toBeGreaterThan(0);
    expectNothingLost(clean, throttled);
  }, 300_000);

  it('one region denied: ERROR for what lies there, verdicts elsewhere kept', async () => {
    const denied = await scanThrough(failing((call) => call.region === 'eu-west-1', 'deny'));
    expect(denied.run.stdout).toMatch(/Incomplete: \d+ scopes? in 1 region could not be read \(.*kms:ListKeys/);
    expect(denied.findings.some((finding) => finding.status_code === 'ERROR' && finding.cloud.region === 'eu-west-1')).toBe(true);
    expectNothingLost(clean, denied);
  }, 300_000);

  it('three per-resource reads denied: ERROR only for the checks that need them', async () => {
    const perResource = new Set(['GetBucketAcl', 'GetBucketEncryption', 'GetKeyRotationStatus']);
    const denied = await scanThrough(failing((call) => perResource.has(call.action), 'deny'));
    const errors = denied.findings.filter((finding) => finding.status_code === 'ERROR');
    // s3_bucket_public_access and the versioning check read neither ACLs nor encryption: no ERROR for them.
    expect(new Set(errors.map(checkOf))).toEqual(new Set(['s3_bucket_default_encryption', 'kms_cmk_rotation_enabled', 'cloudtrail_logs_s3_bucket_is_not_publicly_accessible']));
    // One ERROR per check and scope, never one per failed operation the check does not use.
    expect(new Set(errors.map(keyOf)).size).toBe(errors.length);
    expectNothingLost(clean, denied);
  }, 300_000);

  it('credentials that expire early, without warning, every 400 ms: renewed, nothing lost', async () => {
    const slow = await startAwsProxy({ upstream: motoEndpoint(), latencyMs: 80 });
    const fast = proxy;
    proxy = slow;
    try {
      // Short enough that even a fast machine's scan of about a second outlives several keys.
      const expired = credentialsOlderThan(slow, 400);
      const env = { AWS_CONTAINER_CREDENTIALS_FULL_URI: slow.credentialsUrl, AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_SESSION_TOKEN: '' };
      const run = await scanThrough(failing(expired, 'expired'), env);
      expect(faultedActions.size, 'some credentials did expire during the scan').toBeGreaterThan(0);
      expect(run.findings.filter((finding) => finding.status_code === 'ERROR')).toEqual([]);
      expectNothingLost(clean, run);
      expect(run.run.code).toBe(clean.run.code);
    } finally {
      proxy = fast;
      await slow.close();
    }
  }, 300_000);
});
