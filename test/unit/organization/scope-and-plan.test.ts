import { describe, expect, it } from 'vitest';
import type { MemberAccount } from '../../../src/organization/account.js';
import type { ListedOrganization } from '../../../src/organization/discover.js';
import { accountsFileOf, organizationExitCode } from '../../../src/organization/finish.js';
import { buildPlan, parseShard, splitIntoShards } from '../../../src/organization/plan.js';
import { memberRoleArn } from '../../../src/organization/run.js';
import { scopeOrganization, type AccountSelection } from '../../../src/organization/scope.js';

const PROD = { id: 'ou-root-prod0001', name: 'Prod' };
const WEB = { id: 'ou-root-web00001', name: 'Web' };
const DEV = { id: 'ou-root-dev00001', name: 'Dev' };

const account = (id: string, name: string, ouPath: MemberAccount['ouPath'], tags: Record<string, string> = {}, active = true) => ({ id, name, email: `${name}@example.com`, ouPath, tags, active });

const ORGANIZATION: ListedOrganization = {
  id: 'o-abc',
  managementAccountId: '111111111111',
  rootId: 'r-root',
  units: new Map([
    [PROD.id, [PROD]],
    [WEB.id, [PROD, WEB]],
    [DEV.id, [DEV]],
  ]),
  accounts: [
    account('111111111111', 'management', []),
    account('222222222222', 'prod', [PROD], { team: 'blue' }),
    account('333333333333', 'web', [PROD, WEB], { team: 'blue' }),
    account('444444444444', 'dev', [DEV], { team: 'red' }),
    account('555555555555', 'closed', [DEV], { team: 'red' }, false),
  ],
};

const select = (selection: Partial<AccountSelection>) => {
  const scoped = scopeOrganization(ORGANIZATION, { includeManagement: false, ...selection });
  return { scan: scoped.toScan.map((a) => a.name), leftOut: Object.fromEntries(scoped.leftOut.map((a) => [a.name, a.status])) };
};

describe('scopeOrganization', () => {
  it.each<[string, Partial<AccountSelection>, string[]]>([
    ['every ACTIVE member, not the management account', {}, ['prod', 'web', 'dev']],
    ['the management account when asked', { includeManagement: true }, ['management', 'prod', 'web', 'dev']],
    ['the management account when named', { accounts: ['111111111111'] }, ['management']],
    ['the management account beside the accounts named', { accounts: ['444444444444'], includeManagement: true }, ['management', 'dev']],
    ['not the management account when excluded', { includeManagement: true, excludeAccounts: ['111111111111'] }, ['prod', 'web', 'dev']],
    ['an OU and everything below it', { ous: [PROD.id] }, ['prod', 'web']],
    ['the root: everything', { ous: ['r-root'] }, ['prod', 'web', 'dev']],
    ['an OU without a sub-unit', { ous: [PROD.id], excludeOus: [WEB.id] }, ['prod']],
    ['by tag', { accountTags: [{ key: 'team', value: 'red' }] }, ['dev']],
    ['by tag, any of several', { accountTags: [{ key: 'team', value: 'red' }, { key: 'team', value: 'blue' }] }, ['prod', 'web', 'dev']],
    ['accounts left out', { excludeAccounts: ['333333333333'] }, ['prod', 'dev']],
  ])('%s', (_, selection, expected) => {
    expect(select(selection).scan).toEqual(expected);
  });

  it('records why each account was left out', () => {
    expect(select({ ous: [PROD.id] }).leftOut).toEqual({ management: 'excluded', dev: 'excluded', closed: 'excluded' });
    expect(select({}).leftOut).toEqual({ management: 'excluded', closed: 'skipped_suspended' });
  });

  it.each<[Partial<AccountSelection>, RegExp]>([
    [{ accounts: ['999999999999'] }, /^--accounts: not an account of organization o-abc: 999999999999$/],
    [{ excludeOus: ['ou-root-nope0001'] }, /^--exclude-ou: not an organizational unit of organization o-abc: ou-root-nope0001$/],
  ])('rejects %j', (selection, message) => {
    expect(() => select(selection)).toThrow(message);
  });
});

describe('memberRoleArn', () => {
  it.each([
    [{ roleName: 'ScannerAudit' }, 'aws', 'arn:aws:iam::222222222222:role/ScannerAudit'],
    [{ roleName: 'x', roleArnTemplate: 'arn:aws:iam::{account}:role/audit/Scanner' }, 'aws', 'arn:aws:iam::222222222222:role/audit/Scanner'],
    [{ roleName: 'ScannerAudit' }, 'aws-cn', 'arn:aws-cn:iam::222222222222:role/ScannerAudit'],
  ])('%j in %s', (access, partition, arn) => {
    expect(memberRoleArn('222222222222', partition, { sessionName: 's', durationSeconds: 3600, ...access })).toBe(arn);
  });
});

describe('shards', () => {
  const accounts = Array.from({ length: 10 }, (_, i) => account(String(100000000000 + i), `a${i}`, []));

  it('balances by estimated calls, the heaviest first', () => {
    const weights: Record<string, number> = { a0: 50, a1: 30, a2: 20, a3: 10, a4: 10 };
    const shards = splitIntoShards(accounts.slice(0, 5), 2, (a) => weights[a.name]!);
    expect(shards.map((s) => [s.estimatedCalls, s.accounts.map((a) => a.name)])).toEqual([
      [60, ['a0', 'a3']],
      [60, ['a1', 'a2', 'a4']],
    ]);
  });

  it('gives every account to exactly one shard, and the same plan the same ID', () => {
    const request = {
      organization: { id: 'o-abc', managementAccountId: '111111111111' },
      partition: 'aws' as const,
      callerArn: 'arn:aws:iam::111111111111:user/a',
      access: { roleName: 'ScannerAudit', sessionName: 's', durationSeconds: 3600 },
      checkIds: ['s3_bucket_object_versioning'],
      scanUnusedServices: false,
      toScan: accounts,
      leftOut: [],
      shardCount: 3,
    };
    const now = new Date('2026-12-01T00:00:00Z');
    const plan = buildPlan(request, now);
    expect(plan.shards.map((s) => s.accounts.length)).toEqual([4, 3, 3]);
    expect(plan.shards.flatMap((s) => s.accounts.map((a) => a.id)).sort()).toEqual(accounts.map((a) => a.id));
    expect(buildPlan(request, now).planId).toBe(plan.planId);
    expect(buildPlan({ ...request, shardCount: 2 }, now).planId).not.toBe(plan.planId);
    expect(() => buildPlan({ ...request, shardCount: 11 }, now)).toThrow(/--shards 11 is more than the 10 account/);
  });

  const plan = { shards: [{}, {}, {}] } as Parameters<typeof parseShard>[1];
  it.each<[string, Record<string, string>, { index: number; count: number } | RegExp]>([
    ['2/3', {}, { index: 2, count: 3 }],
    ['auto', { AWS_BATCH_JOB_ARRAY_INDEX: '0', AWS_BATCH_JOB_ARRAY_SIZE: '3' }, { index: 1, count: 3 }],
    ['auto', { JOB_COMPLETION_INDEX: '2' }, { index: 3, count: 3 }],
    ['auto', {}, /needs AWS_BATCH_JOB_ARRAY_INDEX/],
    ['2/8', {}, /the plan has 3 shards, not 8/],
    ['0/3', {}, /0 is not between 1 and 3/],
    ['${{ matrix.shard }}/3', {}, /must be i\/n/],
  ])('--shard %s with %j', (text, env, expected) => {
    if (expected instanceof RegExp) expect(() => parseShard(text, plan, env)).toThrow(expected);
    else expect(parseShard(text, plan, env)).toEqual(expected);
  });
});

describe('exit code of an organization scan', () => {
  const organization = (statuses: string[]) => ({
    id: 'o-abc',
    managementAccountId: '111111111111',
    accounts: statuses.map((status, i) => ({ ...account(String(200000000000 + i), `a${i}`, []), status }) as never),
  });
  it.each([
    [0, ['scanned', 'excluded', 'skipped_suspended', 'partial'], false, 0],
    [0, ['scanned', 'assume_denied'], false, 4],
    [0, ['scanned', 'failed'], true, 0],
    [3, ['scanned', 'assume_denied'], false, 3],
  ])('pipeline %i with %j, --allow-partial %s: %i', (pipelineCode, statuses, allowPartial, expected) => {
    expect(organizationExitCode(pipelineCode, organization(statuses), allowPartial)).toBe(expected);
  });

  it('counts the accounts not scanned in the accounts file', () => {
    expect(accountsFileOf(organization(['scanned', 'assume_denied', 'failed', 'excluded'])).notScanned).toBe(2);
  });
});
