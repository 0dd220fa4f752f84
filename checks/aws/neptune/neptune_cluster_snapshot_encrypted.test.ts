import { describe, expect, it } from 'vitest';
import { findingsOf, testCheck } from '../../../test/helpers/check-cases.js';
import { clusterSnapshot } from '../../../test/helpers/fixtures/rds.js';
import check from './neptune_cluster_snapshot_encrypted.js';

testCheck(check, [
  { name: 'no snapshots', expect: [] },
  {
    name: 'judges Neptune snapshots in their region and leaves other engines alone',
    given: ({ rds }) => {
      rds.clusterSnapshots.add(clusterSnapshot('sealed', { engine: 'neptune' }));
      rds.clusterSnapshots.add(clusterSnapshot('plain', { engine: 'neptune', storageEncrypted: false, kmsKeyId: null, region: 'us-east-1' }));
      rds.clusterSnapshots.add(clusterSnapshot('aurora', { storageEncrypted: false }));
      rds.clusterSnapshots.add(clusterSnapshot('docs', { engine: 'docdb', storageEncrypted: false }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'plain', region: 'us-east-1', detail: 'not encrypted' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.clusterSnapshots.fail({ region: 'eu-west-1', operation: 'DescribeDBClusterSnapshots', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusterSnapshots' }],
  },
]);

describe('neptune_cluster_snapshot_encrypted ARNs', () => {
  it('reports a snapshot under its neptune ARN, as Prowler does', () => {
    const findings = findingsOf(check, ({ rds }) => rds.clusterSnapshots.add(clusterSnapshot('sealed', { engine: 'neptune' })));
    expect(findings.map((finding) => finding.resource.arn)).toEqual(['arn:aws:neptune:eu-west-1:111122223333:cluster-snapshot:sealed']);
  });
});
