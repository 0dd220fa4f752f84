import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { snapshotBlockPublicAccess } from '../../../test/helpers/fixtures/ec2-storage.js';
import check from './ec2_ebs_snapshot_account_block_public_access.js';

testCheck(check, [
  { name: 'no settings read', expect: [] },
  ...[
    { state: 'block-all-sharing', status: 'PASS' as const, detail: 'blocks all public sharing' },
    { state: 'block-new-sharing', status: 'FAIL' as const, detail: 'blocks only new public sharing' },
    { state: 'unblocked', status: 'FAIL' as const, detail: 'is off in eu-west-1 (unblocked)' },
  ].map(({ state, status, detail }): CheckCase<typeof check.uses> => ({
    name: `${state} in a region with snapshots is ${status}`,
    given: ({ ec2 }) => ec2.snapshotBlockPublicAccess.add(snapshotBlockPublicAccess('eu-west-1', { state })),
    expect: [{ status, resource: '111122223333', region: 'eu-west-1', detail }],
  })),
  {
    name: 'a region without snapshots is skipped by default',
    given: ({ ec2 }) => ec2.snapshotBlockPublicAccess.add(snapshotBlockPublicAccess('us-east-1', { state: 'unblocked', hasSnapshots: false })),
    expect: [],
  },
  {
    name: 'a region without snapshots is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.snapshotBlockPublicAccess.add(snapshotBlockPublicAccess('us-east-1', { state: 'unblocked', hasSnapshots: false })),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1' }],
  },
  {
    name: 'unknown snapshot presence is an error by default',
    given: ({ ec2 }) => ec2.snapshotBlockPublicAccess.add(snapshotBlockPublicAccess('eu-west-1', { hasSnapshots: unreadBy('ec2', 'DescribeSnapshots') })),
    expect: [{ status: 'ERROR', resource: '111122223333', region: 'eu-west-1', detail: 'DescribeSnapshots' }],
  },
  {
    name: 'unknown snapshot presence does not matter when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ ec2 }) => ec2.snapshotBlockPublicAccess.add(snapshotBlockPublicAccess('eu-west-1', { hasSnapshots: unreadBy('ec2', 'DescribeSnapshots') })),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'eu-west-1' }],
  },
  {
    name: 'a region whose setting could not be read is an error there',
    given: ({ ec2 }) =>
      ec2.snapshotBlockPublicAccess.fail({ region: 'us-east-1', operation: 'GetSnapshotBlockPublicAccessState', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'ec2:GetSnapshotBlockPublicAccessState', region: 'us-east-1' }],
  },
]);
