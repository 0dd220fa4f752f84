import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { clusterSnapshotAttributes, instanceSnapshotAttributes } from '../../../test/helpers/fixtures/rds.js';
import check from './rds_snapshots_public_access.js';

testCheck(check, [
  { name: 'no snapshots', expect: [] },
  {
    name: 'fails the snapshots anyone may restore',
    given: ({ rds }) => {
      rds.instanceSnapshotAttributes.add(instanceSnapshotAttributes('private', false));
      rds.instanceSnapshotAttributes.add(instanceSnapshotAttributes('shared', true, { region: 'us-east-1' }));
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('cprivate', false));
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('cshared', true));
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('docs', true, { engine: 'docdb' }));
    },
    expect: [
      { status: 'PASS', resource: 'private' },
      { status: 'FAIL', resource: 'shared', region: 'us-east-1', detail: 'instance snapshot shared is public' },
      { status: 'PASS', resource: 'cprivate' },
      { status: 'FAIL', resource: 'cshared', detail: 'cluster snapshot' },
    ],
  },
  {
    name: 'unread attributes are errors',
    given: ({ rds }) => {
      rds.instanceSnapshotAttributes.add(instanceSnapshotAttributes('snap', unreadBy('rds', 'DescribeDBSnapshotAttributes')));
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('csnap', unreadBy('rds', 'DescribeDBClusterSnapshotAttributes')));
    },
    expect: [
      { status: 'ERROR', resource: 'snap', detail: 'DescribeDBSnapshotAttributes' },
      { status: 'ERROR', resource: 'csnap', detail: 'DescribeDBClusterSnapshotAttributes' },
    ],
  },
  {
    name: 'failed listings are errors',
    given: ({ rds }) => rds.instanceSnapshotAttributes.fail({ region: 'eu-west-1', operation: 'DescribeDBSnapshots', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBSnapshots' }],
  },
]);
