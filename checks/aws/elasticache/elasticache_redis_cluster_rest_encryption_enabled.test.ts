import { testCheck } from '../../../test/helpers/check-cases.js';
import { replicationGroup } from '../../../test/helpers/fixtures/elasticache.js';
import check from './elasticache_redis_cluster_rest_encryption_enabled.js';

testCheck(check, [
  { name: 'no replication groups', expect: [] },
  {
    name: 'judges each replication group in its region',
    given: ({ elasticache }) => {
      elasticache.replicationGroups.add(replicationGroup('good', { atRestEncryption: true }));
      elasticache.replicationGroups.add(replicationGroup('bad', { region: 'us-east-1', atRestEncryption: false }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not encrypt' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ elasticache }) => elasticache.replicationGroups.fail({ region: 'eu-west-1', operation: 'DescribeReplicationGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elasticache:DescribeReplicationGroups' }],
  },
]);
