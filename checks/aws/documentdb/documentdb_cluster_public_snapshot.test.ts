import { describe, expect, it } from 'vitest';
import { findingsOf, testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { clusterSnapshotAttributes } from '../../../test/helpers/fixtures/rds.js';
import check from './documentdb_cluster_public_snapshot.js';

testCheck(check, [
  { name: 'no snapshots', expect: [] },
  {
    name: 'fails DocumentDB snapshots anyone may restore and leaves other engines alone',
    given: ({ rds }) => {
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('shared', true, { engine: 'docdb', region: 'us-east-1' }));
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('kept', false, { engine: 'docdb' }));
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('aurora', true));
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('graph', true, { engine: 'neptune' }));
    },
    expect: [
      { status: 'FAIL', resource: 'shared', region: 'us-east-1', detail: 'restored by anyone' },
      { status: 'PASS', resource: 'kept', region: 'eu-west-1' },
    ],
  },
  {
    name: 'a failed listing or an unread restore attribute is an error',
    given: ({ rds }) => {
      rds.clusterSnapshotAttributes.fail({ region: 'us-east-1', operation: 'DescribeDBClusterSnapshots', message: 'AccessDenied: denied' });
      rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('unknown', unreadBy('rds', 'DescribeDBClusterSnapshotAttributes'), { engine: 'docdb' }));
    },
    expect: [
      { status: 'ERROR', resource: 'rds:DescribeDBClusterSnapshots', region: 'us-east-1' },
      { status: 'ERROR', resource: 'unknown', detail: 'DescribeDBClusterSnapshotAttributes' },
    ],
  },
]);

describe('documentdb_cluster_public_snapshot ARNs', () => {
  it('reports a snapshot under its rds cluster-snapshot ARN, as Prowler does', () => {
    const findings = findingsOf(check, ({ rds }) => rds.clusterSnapshotAttributes.add(clusterSnapshotAttributes('kept', false, { engine: 'docdb' })));
    expect(findings.map((finding) => finding.resource.arn)).toEqual(['arn:aws:rds:eu-west-1:111122223333:cluster-snapshot:kept']);
  });
});
