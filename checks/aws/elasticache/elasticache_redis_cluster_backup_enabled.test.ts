import { testCheck } from '../../../test/helpers/check-cases.js';
import { replicationGroup } from '../../../test/helpers/fixtures/elasticache.js';
import check from './elasticache_redis_cluster_backup_enabled.js';

testCheck(check, [
  { name: 'no replication groups', expect: [] },
  {
    name: 'passes a retention at the minimum, fails a short one at low severity and none at the check severity',
    given: ({ elasticache }) => {
      elasticache.replicationGroups.add(replicationGroup('kept', { snapshotRetentionDays: 7 }));
      elasticache.replicationGroups.add(replicationGroup('brief', { snapshotRetentionDays: 6, region: 'us-east-1' }));
      elasticache.replicationGroups.add(replicationGroup('none', { snapshotRetentionDays: 0 }));
    },
    expect: [
      { status: 'PASS', resource: 'kept', region: 'eu-west-1', severity: 'high' },
      { status: 'FAIL', resource: 'brief', region: 'us-east-1', severity: 'low', detail: 'only 6 days' },
      { status: 'FAIL', resource: 'none', severity: 'high', detail: 'keeps no automatic snapshots' },
    ],
  },
  {
    name: 'minimum_snapshot_retention_period sets the minimum',
    config: { minimum_snapshot_retention_period: 3 },
    given: ({ elasticache }) => {
      elasticache.replicationGroups.add(replicationGroup('three', { snapshotRetentionDays: 3 }));
      elasticache.replicationGroups.add(replicationGroup('two', { snapshotRetentionDays: 2 }));
    },
    expect: [
      { status: 'PASS', resource: 'three' },
      { status: 'FAIL', resource: 'two', severity: 'low' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ elasticache }) => elasticache.replicationGroups.fail({ region: 'eu-west-1', operation: 'DescribeReplicationGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elasticache:DescribeReplicationGroups' }],
  },
]);
