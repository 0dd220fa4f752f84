import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CreateRoleCommand, IAMClient } from '@aws-sdk/client-iam';
import { CreateFunctionCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { CreateBucketCommand, ListObjectsV2Command, PutBucketVersioningCommand, S3Client } from '@aws-sdk/client-s3';
import { CreateStateMachineCommand, SFNClient } from '@aws-sdk/client-sfn';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClientFactory } from '../../src/provider/clients.js';
import { AwsProvider } from '../../src/provider/provider.js';
import { runScanner } from '../helpers/cli.js';
import { motoEndpoint, resetMoto, seedConfig } from '../helpers/moto.js';
import { seedMisconfiguredAccount } from '../../scripts/seed-account.js';

// Built at run time so that no secret-shaped string sits in the repository for other scanners to flag.
const PLANTED_KEY = ['AKIA', 'Q3VXR7TL5NWP2KZD'].join('');
const PLANTED_SLACK = ['xoxb', '1234567890', '1234567890123', 'AbCdEfGhIjKlMnOpQrStUvWx'].join('-');
const EMPTY_ZIP = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array<number>(18).fill(0)]);

/** The services scanned: enough for every kind of verdict and both planted secrets, in seconds. */
const SERVICES = ['-s', 's3', 'ec2', 'iam', 'awslambda', 'stepfunctions', 'cloudtrail', 'kms'];
const SECRET_CHECKS = ['awslambda_function_no_secrets_in_variables', 'stepfunctions_statemachine_no_secrets_in_definition'];

interface OcsfFinding {
  status_code: string;
  status_detail: string;
  metadata: { event_code: string };
  resources: { uid: string }[];
}

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'scanner-inventory-e2e-'));
}

function ocsfIn(directory: string): OcsfFinding[] {
  const file = readdirSync(directory).find((name) => name.endsWith('.ocsf.json'));
  if (!file) throw new Error(`no OCSF output in ${directory}`);
  return JSON.parse(readFileSync(join(directory, file), 'utf8')) as OcsfFinding[];
}

/** A finding without the times of its run and the run's ID (time-based): all that may differ on replay. */
function timeless(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(timeless);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !/time|_at$|^scan_id$/i.test(key)).map(([key, item]) => [key, timeless(item)]));
}

const sorted = (findings: OcsfFinding[]) => findings.map(timeless).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

// -z --allow-partial: moto lacks some calls these services make, and exit codes are not what these tests are about.
const scan = (args: string[]) => runScanner(['aws', '--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-M', 'json-ocsf', '-z', '--allow-partial', '--log-level', 'error', ...args]);

/**
 * A replay as a consultant runs it after the role is gone: no credentials, and an endpoint where
 * nothing answers, so any AWS call would fail and change the findings.
 */
function replay(args: string[]) {
  return runScanner(['aws', '-M', 'json-ocsf', '-z', '--allow-partial', ...args], { AWS_ENDPOINT_URL: 'http://127.0.0.1:9', AWS_ACCESS_KEY_ID: '', AWS_SECRET_ACCESS_KEY: '', AWS_PROFILE: 'no-such-profile' });
}

/** Every byte an inventory holds, its collection files decompressed. */
function inventoryText(directory: string): string {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const bytes = readFileSync(join(entry.parentPath, entry.name));
      return entry.name.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    })
    .join('\n');
}

const live = { directory: '', inventory: '' };

beforeAll(async () => {
  await resetMoto();
  await seedMisconfiguredAccount({ endpoint: motoEndpoint(), regions: ['us-east-1'] });
  const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] };
  const role = (await new IAMClient(seedConfig()).send(new CreateRoleCommand({ RoleName: 'planted', AssumeRolePolicyDocument: JSON.stringify(trust) }))).Role!.Arn!;
  await new LambdaClient(seedConfig()).send(
    new CreateFunctionCommand({ FunctionName: 'leaky', Runtime: 'python3.12', Role: role, Handler: 'index.handler', Code: { ZipFile: EMPTY_ZIP }, Environment: { Variables: { STAGE: 'prod', DEPLOY_KEY: PLANTED_KEY } } }),
  );
  const definition = JSON.stringify({ StartAt: 'Notify', States: { Notify: { Type: 'Pass', Parameters: { token: PLANTED_SLACK }, End: true } } });
  await new SFNClient(seedConfig()).send(new CreateStateMachineCommand({ name: 'notifier', definition, roleArn: role }));

  live.directory = workspace();
  live.inventory = join(workspace(), 'acme');
  const run = await scan([...SERVICES, '-o', live.directory, '--save-inventory', live.inventory]);
  expect(run.code).toBe(0);
}, 300_000);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('--from-inventory', () => {
  it('gives the live findings, without credentials, without constructing an AWS client or connecting', async () => {
    const connect = vi.spyOn(AwsProvider, 'connect');
    const client = vi.spyOn(ClientFactory.prototype, 'get');
    const directory = workspace();
    const run = await replay([...SERVICES, '--from-inventory', live.inventory, '-o', directory]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(connect).not.toHaveBeenCalled();
    expect(client).not.toHaveBeenCalled();
    const findings = ocsfIn(directory);
    expect(findings.length).toBeGreaterThan(50);
    expect(new Set(findings.map((finding) => finding.status_code))).toEqual(new Set(ocsfIn(live.directory).map((finding) => finding.status_code)));
    expect(sorted(findings)).toEqual(sorted(ocsfIn(live.directory)));
  });

  it('reports a selected check whose collections were not collected as ERROR, never PASS', async () => {
    const directory = workspace();
    const run = await replay(['-c', 's3_bucket_object_versioning', 'rds_instance_storage_encrypted', '--from-inventory', live.inventory, '-o', directory]);
    expect(run.code).toBe(0);
    const findings = ocsfIn(directory);
    const rds = findings.filter((finding) => finding.metadata.event_code === 'rds_instance_storage_encrypted');
    expect(rds).toHaveLength(1);
    expect(rds[0]).toMatchObject({ status_code: 'ERROR', status_detail: expect.stringContaining('Not in this inventory') as unknown });
    expect(findings.filter((finding) => finding.metadata.event_code === 's3_bucket_object_versioning').map((finding) => finding.status_code)).toContain('FAIL');
  });

  it('with a mutelist, mutes as a live scan would', async () => {
    const dir = workspace();
    const mutelist = join(dir, 'mutelist.yaml');
    writeFileSync(mutelist, 'Mutelist:\n  Accounts:\n    "*":\n      Checks:\n        s3_bucket_object_versioning:\n          Regions: ["*"]\n          Resources: ["*"]\n');
    const run = await replay(['-c', 's3_bucket_object_versioning', '--from-inventory', live.inventory, '-o', dir, '-w', mutelist]);
    expect(run.code).toBe(0);
    const findings = ocsfIn(dir) as (OcsfFinding & { status: string })[];
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((finding) => finding.status === 'Suppressed')).toBe(true);
  });

  it('refuses a tampered file with one line naming it, exit 2', async () => {
    const copy = join(workspace(), 'tampered');
    const { cpSync } = await import('node:fs');
    cpSync(live.inventory, copy, { recursive: true });
    const file = join(copy, '123456789012', 's3', 'buckets.jsonl.gz');
    const bytes = readFileSync(file);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5]! + 1) % 256;
    writeFileSync(file, bytes);
    const run = await replay(['--from-inventory', copy, '-o', workspace()]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^scanner: inventory .*tampered\/123456789012\/s3\/buckets\.jsonl\.gz: its SHA-256 does not match the manifest/);
  });

  it.each([
    [['--region', 'us-east-1'], /--region cannot be combined with --from-inventory/],
    [['--save-inventory', 'x'], /--save-inventory cannot be combined with --from-inventory/],
  ])('%j with --from-inventory is a usage error', async (args, message) => {
    const run = await replay(['--from-inventory', live.inventory, ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe('secrets never land in an inventory', () => {
  it('the planted secrets are in no byte of it, decompressed, while the replayed secrets checks FAIL as live', async () => {
    const text = inventoryText(live.inventory);
    expect(text).toContain('leaky');
    expect(text).toContain('notifier');
    for (const planted of [PLANTED_KEY, PLANTED_SLACK, PLANTED_SLACK.slice(5)]) expect(text).not.toContain(planted);
    const directory = workspace();
    const run = await replay(['-c', ...SECRET_CHECKS, '--from-inventory', live.inventory, '-o', directory]);
    expect(run.code).toBe(0);
    const verdicts = (findings: OcsfFinding[]) => findings.map((finding) => `${finding.metadata.event_code} ${finding.resources[0]?.uid} ${finding.status_code}: ${finding.status_detail}`).sort();
    const replayed = verdicts(ocsfIn(directory));
    expect(replayed).toEqual(verdicts(ocsfIn(live.directory).filter((finding) => SECRET_CHECKS.includes(finding.metadata.event_code))));
    expect(replayed.filter((line) => line.includes(' FAIL: '))).toHaveLength(2);
  });
});

describe('inventory diff and delivery', () => {
  it('shows what changed since the saved inventory, per service, as text and JSON', async () => {
    const s3 = new S3Client(seedConfig());
    await s3.send(new CreateBucketCommand({ Bucket: 'added-later' }));
    const later = join(workspace(), 'acme-later');
    const run = await scan([...SERVICES, '-o', workspace(), '--save-inventory', later]);
    expect(run.code).toBe(0);
    const text = await runScanner(['inventory', 'diff', live.inventory, later]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^s3: 1 added, 0 removed, \d+ changed$/m);
    expect(text.stdout).toContain('  + arn:aws:s3:::added-later');
    const json = await runScanner(['inventory', 'diff', live.inventory, later, '--json']);
    const parsed = JSON.parse(json.stdout) as { services: { service: string; added: string[] }[] };
    expect(parsed.services.find((entry) => entry.service === 's3')?.added).toEqual(['arn:aws:s3:::added-later']);
    await s3.send(new PutBucketVersioningCommand({ Bucket: 'added-later', VersioningConfiguration: { Status: 'Enabled' } }));
  });

  it('with --output-bucket, saves the inventory next to the outputs and uploads it packed', async () => {
    const s3 = new S3Client(seedConfig());
    await s3.send(new CreateBucketCommand({ Bucket: 'deliveries' }));
    const directory = workspace();
    const run = await scan(['-s', 's3', '-o', directory, '-F', 'acme', '--output-bucket', 's3://deliveries/acme']);
    expect(run.code).toBe(0);
    expect(readdirSync(join(directory, 'acme.inventory'))).toContain('manifest.json');
    const keys = (await s3.send(new ListObjectsV2Command({ Bucket: 'deliveries' }))).Contents?.map((object) => object.Key) ?? [];
    expect(keys.some((key) => key?.endsWith('/acme.inventory.tar.gz'))).toBe(true);
  });
});
