import { describe, expect, it } from 'vitest';
import { checkCatalog } from '../../../src/checks/catalog.js';
import { DEFAULT_SCAN_OPTIONS, defineCheck, pass, type Check, type CheckLogic } from '../../../src/checks/check.js';
import { runChecksOn, type CollectionSource } from '../../../src/checks/runner.js';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import { ResourceMap, type AwsResource } from '../../../src/services/resource-map.js';

const ACCOUNT: AccountScope = { id: '111122223333', partition: 'aws', callerArn: 'arn:aws:iam::111122223333:user/auditor', regions: ['us-east-1'], globalRegion: 'us-east-1' };
const settings = { options: DEFAULT_SCAN_OPTIONS, config: DEFAULT_AWS_CONFIG };

/** A check under a catalogued ID (for its metadata) that passes every resource of the collections it declares. */
function passingEverything(id: string, logic: CheckLogic): Check {
  return { metadata: checkCatalog.find((entry) => entry.id === id)!, logic };
}

const keysOnly = passingEverything(
  'kms_cmk_rotation_enabled',
  defineCheck({ id: 'kms_cmk_rotation_enabled', uses: { kms: ['keys'] }, run: ({ kms }, report) => report.each(kms.keys, (key) => pass(`key ${key.id}`)) }),
);
const keysAndUsers = passingEverything(
  'kms_cmk_are_used',
  defineCheck({
    id: 'kms_cmk_are_used',
    uses: { kms: ['keys'], iam: ['users'] },
    run: ({ kms, iam }, report) => {
      report.each(kms.keys, (key) => pass(`key ${key.id}`));
      report.each(iam.users, (user) => pass(`user ${user.id}`));
    },
  }),
);
const usersOnly = passingEverything(
  'iam_user_mfa_enabled_console_access',
  defineCheck({ id: 'iam_user_mfa_enabled_console_access', uses: { iam: ['users'] }, run: ({ iam }, report) => report.each(iam.users, (user) => pass(`user ${user.id}`)) }),
);

/** Two collections held in memory, one with a failed read, counting the times it is told to forget them. */
function heldSource(): CollectionSource & { releases: number } {
  const keys = new ResourceMap<AwsResource>('kms', 'keys');
  keys.add({ arn: 'arn:aws:kms:us-east-1:111122223333:key/k1', id: 'k1', region: 'us-east-1', tags: {} });
  keys.fail({ region: 'us-east-1', operation: 'ListResourceTags', message: 'AccessDeniedException', resourceArn: 'arn:aws:kms:us-east-1:111122223333:key/k1' });
  const users = new ResourceMap<AwsResource>('iam', 'users');
  users.add({ arn: 'arn:aws:iam::111122223333:user/alice', id: 'alice', region: 'us-east-1', tags: {} });
  const held = new Map([
    ['kms.keys', keys],
    ['iam.users', users],
  ]);
  return {
    releases: 0,
    collection: (service, name) => Promise.resolve(held.get(`${service}.${name}`)),
    loaded: () => Promise.resolve([...held.values()]),
    release() {
      this.releases++;
    },
  };
}

describe('runChecksOn', () => {
  const checks = [keysOnly, keysAndUsers, usersOnly];

  it('lets the source forget what it read, and still gives every check each collection until the last check that reads it', async () => {
    const source = heldSource();
    const outcome = await runChecksOn(checks, source, ACCOUNT, settings);

    expect(source.releases).toBe(1);
    expect(outcome.collections).toEqual([]);
    expect(outcome.crashedChecks).toEqual([]);
    expect(outcome.findings.map((finding) => [finding.check.id, finding.status, finding.statusExtended])).toEqual([
      ['kms_cmk_rotation_enabled', 'PASS', 'key k1'],
      ['kms_cmk_are_used', 'PASS', 'key k1'],
      ['kms_cmk_are_used', 'PASS', 'user alice'],
      ['iam_user_mfa_enabled_console_access', 'PASS', 'user alice'],
    ]);
    // Failures are gathered before the source forgets its collections.
    expect(outcome.failures).toMatchObject([{ service: 'kms', operation: 'ListResourceTags' }]);
  });

  it('keeps every collection read, and the source its own, when asked to for an inventory', async () => {
    const source = heldSource();
    const outcome = await runChecksOn(checks, source, ACCOUNT, { ...settings, keepCollections: true });

    expect(source.releases).toBe(0);
    expect(outcome.collections.map((map) => `${map.service}.${map.name}`)).toEqual(['kms.keys', 'iam.users']);
    expect(outcome.findings).toHaveLength(4);
  });

  it('hands the findings to findingsTo as the checks make them, in check order, and keeps none', async () => {
    const handed: string[][] = [];
    const outcome = await runChecksOn(checks, heldSource(), ACCOUNT, {
      ...settings,
      findingsTo: (findings) => {
        handed.push(findings.map((finding) => `${finding.check.id} ${finding.statusExtended}`));
        return Promise.resolve();
      },
    });

    expect(outcome.findings).toEqual([]);
    expect(handed.flat()).toEqual(['kms_cmk_rotation_enabled key k1', 'kms_cmk_are_used key k1', 'kms_cmk_are_used user alice', 'iam_user_mfa_enabled_console_access user alice']);
    expect(handed.every((batch) => batch.length > 0)).toBe(true);
  });
});
