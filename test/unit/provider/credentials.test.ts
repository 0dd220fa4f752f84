import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient, ListAccountAliasesCommand } from '@aws-sdk/client-iam';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ScannerError } from '../../../src/errors.js';
import { silentLogger } from '../../../src/logger.js';
import { assumedRoleCredentials, sharedRefreshingCredentials } from '../../../src/provider/credentials.js';
import { AwsProvider } from '../../../src/provider/provider.js';

const ROLE = {
  roleArn: 'arn:aws:iam::210987654321:role/ScannerAudit',
  externalId: 'ext-1234',
  sessionName: 'ScannerAssessmentSession',
  durationSeconds: 3600,
};

const sts = mockClient(STSClient);
const ec2 = mockClient(EC2Client);
const iam = mockClient(IAMClient);
afterEach(() => {
  sts.reset();
  ec2.reset();
  iam.reset();
});

function expiringIn(ms: number, now: number, key = 'AKIA') {
  return { AccessKeyId: key, SecretAccessKey: 'secret', SessionToken: 'token', Expiration: new Date(now + ms) };
}

describe('assumed-role credentials', () => {
  it('assumes the role with the external ID, session name and duration asked for', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: expiringIn(3_600_000, Date.now()) });
    const credentials = await assumedRoleCredentials(new STSClient({ region: 'us-east-1' }), ROLE)();
    expect(credentials.accessKeyId).toBe('AKIA');
    expect(sts.commandCalls(AssumeRoleCommand)[0]!.args[0].input).toEqual({
      RoleArn: ROLE.roleArn,
      ExternalId: 'ext-1234',
      RoleSessionName: 'ScannerAssessmentSession',
      DurationSeconds: 3600,
    });
  });

  it('renews before expiry, so a scan can outlive one session', async () => {
    let now = Date.parse('2026-01-01T00:00:00Z');
    sts
      .on(AssumeRoleCommand)
      .resolvesOnce({ Credentials: expiringIn(3_600_000, now, 'FIRST') })
      .resolves({ Credentials: expiringIn(3_600_000, now + 3_000_000, 'SECOND') });
    const provider = assumedRoleCredentials(new STSClient({ region: 'us-east-1' }), ROLE, () => now);

    expect((await provider()).accessKeyId).toBe('FIRST');
    now += 40 * 60_000; // 20 minutes left: still served from memory
    expect((await provider()).accessKeyId).toBe('FIRST');
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
    now += 15 * 60_000; // 5 minutes left: inside the renewal margin
    expect((await provider()).accessKeyId).toBe('SECOND');
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('makes one AssumeRole call however many clients ask at once', async () => {
    sts.on(AssumeRoleCommand).resolves({ Credentials: expiringIn(3_600_000, Date.now()) });
    const provider = assumedRoleCredentials(new STSClient({ region: 'us-east-1' }), ROLE);
    await Promise.all(Array.from({ length: 20 }, () => provider()));
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(1);
  });

  it('explains a denied AssumeRole in one line naming the role and what to check', async () => {
    sts.on(AssumeRoleCommand).rejects(Object.assign(new Error('User is not authorized to perform sts:AssumeRole'), { name: 'AccessDenied' }));
    const attempt = assumedRoleCredentials(new STSClient({ region: 'us-east-1' }), ROLE)();
    await expect(attempt).rejects.toBeInstanceOf(ScannerError);
    await expect(attempt).rejects.toThrow(
      /^cannot assume role arn:aws:iam::210987654321:role\/ScannerAudit: AccessDenied: .*external ID.*trust policy/,
    );
  });
});

describe('sharedRefreshingCredentials', () => {
  it('keeps credentials without an expiry for the whole scan', async () => {
    let fetches = 0;
    const provider = sharedRefreshingCredentials(() => Promise.resolve({ accessKeyId: `K${++fetches}`, secretAccessKey: 's' }));
    await provider();
    await provider();
    expect(fetches).toBe(1);
  });

  it('tries again after a failed fetch instead of caching the failure', async () => {
    let fetches = 0;
    const provider = sharedRefreshingCredentials(() =>
      ++fetches === 1 ? Promise.reject(new Error('network')) : Promise.resolve({ accessKeyId: 'K', secretAccessKey: 's' }),
    );
    await expect(provider()).rejects.toThrow('network');
    await expect(provider()).resolves.toMatchObject({ accessKeyId: 'K' });
  });
});

describe('AwsProvider.connect', () => {
  function mockAccount(callerArn: string) {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '111122223333', Arn: callerArn, UserId: 'AIDA' });
    sts.on(AssumeRoleCommand).resolves({ Credentials: expiringIn(3_600_000, Date.now()) });
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1' }, { RegionName: 'eu-west-1' }] });
    iam.on(ListAccountAliasesCommand).resolves({ AccountAliases: ['acme-prod'] });
  }

  it('caps the session at one hour when the caller is itself an assumed role (role chaining)', async () => {
    mockAccount('arn:aws:sts::111122223333:assumed-role/Jump/session');
    await AwsProvider.connect({ role: { ...ROLE, durationSeconds: 43200 } }, silentLogger);
    expect(sts.commandCalls(AssumeRoleCommand)[0]!.args[0].input.DurationSeconds).toBe(3600);
  });

  it('keeps the requested duration for a user caller', async () => {
    mockAccount('arn:aws:iam::111122223333:user/auditor');
    await AwsProvider.connect({ role: { ...ROLE, durationSeconds: 43200 } }, silentLogger);
    expect(sts.commandCalls(AssumeRoleCommand)[0]!.args[0].input.DurationSeconds).toBe(43200);
  });

  it('scans the enabled regions, narrowed and excluded as asked, with the partition from the ARN', async () => {
    mockAccount('arn:aws:iam::111122223333:user/auditor');
    const all = await AwsProvider.connect({}, silentLogger);
    expect(all.account).toMatchObject({ id: '111122223333', partition: 'aws', regions: ['eu-west-1', 'us-east-1'], globalRegion: 'us-east-1' });
    const excluded = await AwsProvider.connect({ excludedRegions: ['us-east-1'] }, silentLogger);
    expect(excluded.account.regions).toEqual(['eu-west-1']);
  });

  it("names the account by its alias, and does without when the alias cannot be read", async () => {
    mockAccount('arn:aws:iam::111122223333:user/auditor');
    expect((await AwsProvider.connect({}, silentLogger)).account.alias).toBe('acme-prod');
    iam.on(ListAccountAliasesCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }));
    expect((await AwsProvider.connect({}, silentLogger)).account).not.toHaveProperty('alias');
  });

  it('rejects a region the account does not have enabled', async () => {
    mockAccount('arn:aws:iam::111122223333:user/auditor');
    await expect(AwsProvider.connect({ regions: ['ap-east-1'] }, silentLogger)).rejects.toThrow(
      'unknown or disabled region(s): ap-east-1',
    );
  });
});
