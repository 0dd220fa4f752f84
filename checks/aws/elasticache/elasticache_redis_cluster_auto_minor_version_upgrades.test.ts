import { testCheck } from '../../../test/helpers/check-cases.js';
import { replicationGroup } from '../../../test/helpers/fixtures/elasticache.js';
import check from './elasticache_redis_cluster_auto_minor_version_upgrades.js';

testCheck(check, [
  { name: 'no replication groups', expect: [] },
  {
    name: 'judges each replication group in its region',
    given: ({ elasticache }) => {
      elasticache.replicationGroups.add(replicationGroup('good', { autoMinorVersionUpgrade: true }));
      elasticache.replicationGroups.add(replicationGroup('bad', { region: 'us-east-1', autoMinorVersionUpgrade: false }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not apply' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ elasticache }) => elasticache.replicationGroups.fail({ region: 'eu-west-1', operation: 'DescribeReplicationGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elasticache:DescribeReplicationGroups' }],
  },
]);
