import { testCheck } from '../../../test/helpers/check-cases.js';
import { cacheCluster, memberCluster, replicationGroup } from '../../../test/helpers/fixtures/elasticache.js';
import check from './elasticache_redis_replication_group_auth_enabled.js';

const denied = { message: 'AccessDenied: denied' };

testCheck(check, [
  { name: 'no replication groups', expect: [] },
  {
    name: 'judges AUTH on engines before 6.0 and asks for an ACL review from 6.0 on',
    given: ({ elasticache }) => {
      for (const [id, version, auth] of [
        ['guarded', '5.0.6', true],
        ['open', '4.0.10', false],
        ['six', '6.0', false],
        ['modern', '7.1', false],
        ['wildcard', '6.x', false],
      ] as const) {
        elasticache.replicationGroups.add(replicationGroup(id, { authTokenEnabled: auth }));
        elasticache.clusters.add(memberCluster(id, version));
      }
    },
    expect: [
      { status: 'PASS', resource: 'guarded', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'open', detail: '4.0.10' },
      { status: 'MANUAL', resource: 'six' },
      { status: 'MANUAL', resource: 'modern', detail: '7.1' },
      { status: 'MANUAL', resource: 'wildcard' },
    ],
  },
  {
    name: 'the version is the first member node of the group, in its region',
    given: ({ elasticache }) => {
      elasticache.replicationGroups.add(replicationGroup('east', { region: 'us-east-1', authTokenEnabled: false, memberClusters: ['east-002', 'east-001'] }));
      elasticache.clusters.add(memberCluster('east', '7.1', { region: 'us-east-1' }));
      elasticache.clusters.add(cacheCluster('east-002', { region: 'us-east-1', engine: 'redis', engineVersion: '5.0.6', replicationGroupId: 'east' }));
      elasticache.clusters.add(cacheCluster('east-002', { engine: 'redis', engineVersion: '7.1' }));
    },
    expect: [{ status: 'FAIL', resource: 'east', region: 'us-east-1', detail: '5.0.6' }],
  },
  {
    name: 'a group without members reads as version 0.0; one whose first member is not listed is skipped, as Prowler does',
    given: ({ elasticache }) => {
      elasticache.replicationGroups.add(replicationGroup('empty', { memberClusters: [], authTokenEnabled: false }));
      elasticache.replicationGroups.add(replicationGroup('orphan', { authTokenEnabled: false }));
    },
    expect: [{ status: 'FAIL', resource: 'empty', detail: '0.0' }],
  },
  {
    name: 'failed listings are errors',
    given: ({ elasticache }) => {
      elasticache.replicationGroups.fail({ ...denied, region: 'us-east-1', operation: 'DescribeReplicationGroups' });
      elasticache.replicationGroups.add(replicationGroup('west'));
      elasticache.clusters.fail({ ...denied, region: 'eu-west-1', operation: 'DescribeCacheClusters' });
    },
    expect: [
      { status: 'ERROR', resource: 'elasticache:DescribeReplicationGroups', region: 'us-east-1' },
      { status: 'ERROR', resource: 'west', detail: 'DescribeCacheClusters' },
    ],
  },
]);
