import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AttachRolePolicyCommand, CreateAccessKeyCommand, CreatePolicyCommand, CreateUserCommand, IAMClient, PutUserPolicyCommand, UpdateAccountPasswordPolicyCommand } from '@aws-sdk/client-iam';
import {
  CreateAccountCommand,
  CreateOrganizationCommand,
  CreateOrganizationalUnitCommand,
  ListRootsCommand,
  MoveAccountCommand,
  OrganizationsClient,
  TagResourceCommand,
} from '@aws-sdk/client-organizations';
import { CreateBucketCommand, S3Client } from '@aws-sdk/client-s3';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuiltScanner, runScanner } from '../helpers/cli.js';
import { motoEndpoint, resetMoto, seedConfig } from '../helpers/moto.js';

const MEMBER_ROLE = 'OrganizationAccountAccessRole';
const CHECKS = ['s3_bucket_object_versioning', 'iam_password_policy_minimum_length_14'];

interface Seeded {
  ous: { prod: string; dev: string; web: string };
  /** By name: prod-a and web-a under Prod (web-a in Prod/Web), dev-a and dev-b under Dev. */
  accounts: Record<string, string>;
}

interface AccountsFile {
  organizationId: string;
  notScanned: number;
  accounts: { id: string; name: string; status: string; error?: string; ouPath: { name: string }[]; tags: Record<string, string>; findings?: number }[];
}

interface OcsfRecord {
  status_code: string;
  metadata: { event_code: string };
  finding_info: { uid: string };
  cloud: { account: { uid: string; name?: string; labels: string[] }; org: { uid?: string; ou_name?: string } };
}

async function memberCredentials(accountId: string) {
  const sts = new STSClient(seedConfig());
  const { Credentials } = await sts.send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${accountId}:role/${MEMBER_ROLE}`, RoleSessionName: 'seed' }));
  return { accessKeyId: Credentials!.AccessKeyId!, secretAccessKey: Credentials!.SecretAccessKey!, sessionToken: Credentials!.SessionToken! };
}

/**
 * An organization of four members in two OUs (one nested), each with its own misconfiguration: an
 * unversioned bucket named after the account, and a strong password policy only in dev-b. Each
 * member's role gets a policy, so that IAM enforcement can be on.
 */
async function seedOrganization(): Promise<Seeded> {
  const org = new OrganizationsClient(seedConfig());
  await org.send(new CreateOrganizationCommand({ FeatureSet: 'ALL' }));
  const rootId = (await org.send(new ListRootsCommand({}))).Roots![0]!.Id!;
  const unit = async (parent: string, name: string) => (await org.send(new CreateOrganizationalUnitCommand({ ParentId: parent, Name: name }))).OrganizationalUnit!.Id!;
  const prod = await unit(rootId, 'Prod');
  const dev = await unit(rootId, 'Dev');
  const web = await unit(prod, 'Web');
  const accounts: Record<string, string> = {};
  for (const [name, parent, team] of [['prod-a', prod, 'blue'], ['web-a', web, 'blue'], ['dev-a', dev, 'red'], ['dev-b', dev, 'red']] as const) {
    const id = (await org.send(new CreateAccountCommand({ AccountName: name, Email: `${name}@example.com` }))).CreateAccountStatus!.AccountId!;
    await org.send(new MoveAccountCommand({ AccountId: id, SourceParentId: rootId, DestinationParentId: parent }));
    await org.send(new TagResourceCommand({ ResourceId: id, Tags: [{ Key: 'team', Value: team }] }));
    accounts[name] = id;
    const credentials = await memberCredentials(id);
    const iam = new IAMClient({ ...seedConfig(), credentials });
    // Organizations (moto's too) creates the member role with every account; it gets a policy for IAM enforcement.
    const policy = await iam.send(new CreatePolicyCommand({ PolicyName: 'everything', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }));
    await iam.send(new AttachRolePolicyCommand({ RoleName: MEMBER_ROLE, PolicyArn: policy.Policy!.Arn! }));
    if (name === 'dev-b') await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 16 }));
    await new S3Client({ ...seedConfig(), forcePathStyle: true, credentials }).send(new CreateBucketCommand({ Bucket: `bucket-${name}` }));
  }
  return { ous: { prod, dev, web }, accounts };
}

function workspace(): string {
  return mkdtempSync(join(tmpdir(), 'scanner-org-'));
}

function fileIn(directory: string, suffix: string): string {
  const name = readdirSync(directory).find((file) => file.endsWith(suffix));
  if (!name) throw new Error(`no *${suffix} in ${directory}`);
  return join(directory, name);
}

const accountsOf = (directory: string) => JSON.parse(readFileSync(fileIn(directory, '.accounts.json'), 'utf8')) as AccountsFile;
const ocsfOf = (directory: string) => JSON.parse(readFileSync(fileIn(directory, '.ocsf.json'), 'utf8')) as OcsfRecord[];

/** What must be equal between two scans of the same organization: each finding's identity and verdict. */
const verdicts = (records: readonly OcsfRecord[]) => records.map((r) => `${r.finding_info.uid} ${r.status_code} ${r.cloud.account.name ?? ''} ${r.cloud.org.ou_name ?? ''}`).sort();

function orgScan(directory: string, args: string[], env: Record<string, string> = {}) {
  return runScanner(['aws', '--organization', '--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-c', ...CHECKS, '-o', directory, ...args], env);
}

let seeded: Seeded;

beforeAll(async () => {
  await resetMoto();
  seeded = await seedOrganization();
}, 120_000);

describe('scanner aws --organization', () => {
  it('scans every member through its role, with each finding carrying its account, and records every account', async () => {
    const directory = workspace();
    const temporary = workspace();
    const run = await orgScan(directory, ['-M', 'csv', 'json-ocsf'], { TMPDIR: temporary });
    expect(run.stderr).toContain(`entering member accounts through ${MEMBER_ROLE}`);
    expect(run.code).toBe(3);
    // Finished accounts' findings wait on disk for the outputs, and are gone once those are written.
    expect(readdirSync(temporary)).toEqual([]);
    const accounts = accountsOf(directory);
    expect(accounts.notScanned).toBe(0);
    const byName = Object.fromEntries(accounts.accounts.map((account) => [account.name, account]));
    expect(byName.master?.status).toBe('excluded');
    for (const name of ['prod-a', 'web-a', 'dev-a', 'dev-b']) expect(byName[name]?.status).toBe('scanned');
    expect(byName['web-a']?.ouPath.map((unit) => unit.name)).toEqual(['Prod', 'Web']);
    expect(byName['dev-a']?.tags).toEqual({ team: 'red' });

    const records = ocsfOf(directory);
    const versioning = records.filter((r) => r.metadata.event_code === 's3_bucket_object_versioning');
    expect(versioning.map((r) => r.cloud.account.name).sort()).toEqual(['dev-a', 'dev-b', 'prod-a', 'web-a']);
    const webFinding = versioning.find((r) => r.cloud.account.uid === seeded.accounts['web-a'])!;
    expect(webFinding.cloud.org.ou_name).toBe('Prod/Web');
    expect(webFinding.cloud.account.labels).toEqual(['team:blue']);
    // The password policy is a global check: once per account, not once per region.
    const passwords = records.filter((r) => r.metadata.event_code === 'iam_password_policy_minimum_length_14');
    expect(passwords.map((r) => `${r.cloud.account.name} ${r.status_code}`).sort()).toEqual(['dev-a FAIL', 'dev-b PASS', 'prod-a FAIL', 'web-a FAIL']);

    const csv = readFileSync(fileIn(directory, '.csv'), 'utf8').split('\r\n');
    const header = csv[0]!.split(';');
    const devB = csv.find((line) => line.includes(`bucket-dev-b`))!.split(';');
    // Remediation texts hold quoted semicolons: the account columns are counted from the nearer end.
    const cell = (column: string) => {
      const index = header.indexOf(column);
      return index < header.length / 2 ? devB[index] : devB[devB.length - (header.length - index)];
    };
    expect([cell('ACCOUNT_NAME'), cell('ACCOUNT_EMAIL'), cell('ACCOUNT_OU_NAME'), cell('ACCOUNT_OU_UID'), cell('ACCOUNT_TAGS')]).toEqual([
      'dev-b',
      'dev-b@example.com',
      'Dev',
      seeded.ous.dev,
      'team=red',
    ]);
    expect(cell('ACCOUNT_ORGANIZATION_UID')).toBe(accounts.organizationId);
  });

  it.each([
    [['--ou', 'OU:prod'], ['prod-a', 'web-a']],
    [['--ou', 'OU:prod', '--exclude-ou', 'OU:web'], ['prod-a']],
    [['--account-tag', 'team=red', '--exclude-accounts', 'ACCOUNT:dev-a'], ['dev-b']],
    [['--accounts', 'ACCOUNT:dev-a', '--include-management'], ['dev-a', 'master']],
  ])('scopes %j to %j', async (flags, expected) => {
    const directory = workspace();
    const resolved = flags.map((flag) =>
      flag.startsWith('OU:') ? seeded.ous[flag.slice(3) as keyof Seeded['ous']] : flag.startsWith('ACCOUNT:') ? seeded.accounts[flag.slice(8)]! : flag,
    );
    const run = await orgScan(directory, ['-M', 'json-ocsf', '--member-role', MEMBER_ROLE, ...resolved]);
    expect(run.stderr).not.toContain('administrator rights');
    expect([0, 3]).toContain(run.code);
    const scanned = accountsOf(directory).accounts.filter((account) => account.status === 'scanned').map((account) => account.name);
    expect(scanned.sort()).toEqual(expected);
    expect([...new Set(ocsfOf(directory).map((r) => r.cloud.account.name ?? 'master'))].sort()).toEqual(expected);
  });

  it('applies the mutelist per account', async () => {
    const directory = workspace();
    const mutelist = join(directory, 'mutelist.yaml');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(mutelist, `Mutelist:\n  Accounts:\n    "${seeded.accounts['dev-a']}":\n      Checks:\n        "*":\n          Regions: ["*"]\n          Resources: ["*"]\n`);
    await orgScan(directory, ['-M', 'json-ocsf', '--member-role', MEMBER_ROLE, '--ou', seeded.ous.dev, '-w', mutelist]);
    const muted = ocsfOf(directory).map((r) => `${r.cloud.account.name} ${(r as unknown as { status: string }).status}`);
    expect(new Set(muted)).toEqual(new Set(['dev-a Suppressed', 'dev-b New']));
  });

  it('rejects unknown units and accounts in one line, before scanning', async () => {
    const run = await orgScan(workspace(), ['--ou', 'ou-zzzz-zzzzzzzz']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^scanner: --ou: not an organizational unit of organization o-\w+: ou-zzzz-zzzzzzzz\n$/);
  });
});

describe('sharded: plan, three shard processes, merge', () => {
  it('merges into what one machine writes', async () => {
    const directory = workspace();
    const plan = join(directory, 'plan.json');
    const common = ['--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-c', ...CHECKS, '--member-role', MEMBER_ROLE, '--include-management'];
    const planned = await runScanner(['aws', 'plan', ...common, '--shards', '3', '-o', plan]);
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    const shards = await Promise.all(
      [1, 2, 3].map((index) => runBuiltScanner(['aws', '--plan', plan, '--shard', `${index}/3`, '--endpoint-url', motoEndpoint(), '-M', 'json-ocsf', '-o', join(directory, `shard-${index}`)])),
    );
    expect(shards.map((shard) => shard.code)).toEqual([3, 3, 3]);
    const temporary = workspace();
    const merged = await runScanner(['merge', ...[1, 2, 3].map((index) => join(directory, `shard-${index}`)), '--plan', plan, '-o', join(directory, 'merged')], { TMPDIR: temporary });
    expect(merged.code).toBe(3);
    expect(merged.stdout).toContain('5 of 5 accounts scanned');
    // The shards' findings wait on disk for the merged outputs, one shard in memory at a time.
    expect(readdirSync(temporary)).toEqual([]);

    const single = await orgScan(join(directory, 'single'), ['-M', 'json-ocsf', '--member-role', MEMBER_ROLE, '--include-management']);
    expect(single.code).toBe(3);
    expect(verdicts(ocsfOf(join(directory, 'merged')))).toEqual(verdicts(ocsfOf(join(directory, 'single'))));
    const statuses = (dir: string) => accountsOf(dir).accounts.map((account) => `${account.id} ${account.status} ${account.findings ?? ''}`);
    expect(statuses(join(directory, 'merged'))).toEqual(statuses(join(directory, 'single')));
    expect(readdirSync(join(directory, 'merged')).filter((name) => name.endsWith('.html'))).toHaveLength(1);

    // A shard missing from the merge is named, its accounts recorded as failed, and the exit code is 4 unless accepted.
    const partial = await runScanner(['merge', join(directory, 'shard-1'), join(directory, 'shard-2'), '--plan', plan, '-o', join(directory, 'partial'), '-z']);
    expect(partial.stderr).toContain('shard(s) 3 of 3 missing');
    expect(partial.code).toBe(4);
  }, 180_000);

  it('refuses a shard of another plan', async () => {
    const directory = workspace();
    const common = ['--endpoint-url', motoEndpoint(), '-f', 'us-east-1', '-c', CHECKS[0]!, '--member-role', MEMBER_ROLE];
    await runScanner(['aws', 'plan', ...common, '--shards', '1', '-o', join(directory, 'a.json')]);
    await runScanner(['aws', 'plan', ...common, '--ou', seeded.ous.dev, '--shards', '1', '-o', join(directory, 'b.json')]);
    await runScanner(['aws', '--plan', join(directory, 'a.json'), '--shard', '1/1', '--endpoint-url', motoEndpoint(), '-M', 'json-ocsf', '-o', join(directory, 'shard')]);
    const run = await runScanner(['merge', join(directory, 'shard'), '--plan', join(directory, 'b.json'), '-o', join(directory, 'merged')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is a shard of another plan/);
  });
});

describe('an account whose role cannot be assumed', () => {
  const enforce = (value: string) => fetch(`${motoEndpoint()}/moto-api/reset-auth`, { method: 'POST', body: value });
  afterAll(() => enforce('inf'));

  it('is recorded as assume_denied, the others are scanned, and the exit code is 4 unless --allow-partial', async () => {
    const denied = seeded.accounts['dev-a']!;
    const iam = new IAMClient(seedConfig());
    await iam.send(new CreateUserCommand({ UserName: 'auditor' }));
    await iam.send(
      new PutUserPolicyCommand({
        UserName: 'auditor',
        PolicyName: 'audit',
        PolicyDocument: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Action: '*', Resource: '*' },
            { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${denied}:role/${MEMBER_ROLE}` },
          ],
        }),
      }),
    );
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'auditor' }))).AccessKey!;
    const env = { AWS_ACCESS_KEY_ID: key.AccessKeyId!, AWS_SECRET_ACCESS_KEY: key.SecretAccessKey!, AWS_SESSION_TOKEN: '' };
    await enforce('0');
    const directory = workspace();
    const run = await orgScan(directory, ['-M', 'json-ocsf', '--member-role', MEMBER_ROLE, '--ou', seeded.ous.dev, '-z'], env);
    expect(run.stderr).toContain(`${denied} (dev-a): assume_denied`);
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('1 of 2 accounts scanned');
    const outcome = accountsOf(directory).accounts.find((account) => account.id === denied)!;
    expect(outcome.status).toBe('assume_denied');
    expect(outcome.error).toMatch(/AccessDenied/);
    expect([...new Set(ocsfOf(directory).map((r) => r.cloud.account.name))]).toEqual(['dev-b']);

    const accepted = await orgScan(workspace(), ['-M', 'json-ocsf', '--member-role', MEMBER_ROLE, '--ou', seeded.ous.dev, '-c', 'iam_password_policy_minimum_length_14', '-z', '--allow-partial'], env);
    expect(accepted.code).toBe(0);
  }, 120_000);
});
