import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { cacheCluster, cacheSubnetGroup, memberCluster } from '../../../test/helpers/fixtures/elasticache.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import check from './elasticache_cluster_uses_public_subnet.js';

const denied = { region: 'eu-west-1', message: 'AccessDenied: denied' };

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'fails a cluster with a public subnet in its group, passes the others',
    given: ({ elasticache, vpc }) => {
      elasticache.subnetGroups.add(cacheSubnetGroup('mixed', ['subnet-private', 'subnet-public']));
      elasticache.subnetGroups.add(cacheSubnetGroup('private', ['subnet-private']));
      vpc.subnets.add(subnet('subnet-private'));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      elasticache.clusters.add(cacheCluster('exposed', { subnetGroupName: 'mixed' }));
      elasticache.clusters.add(memberCluster('orders', '7.1', { subnetGroupName: 'private' }));
    },
    expect: [
      { status: 'FAIL', resource: 'exposed', region: 'eu-west-1', detail: 'subnet-public' },
      { status: 'PASS', resource: 'orders-001', region: 'eu-west-1' },
    ],
  },
  {
    name: 'a cluster outside a subnet group, or whose group or subnets are gone, uses no public subnet',
    given: ({ elasticache, vpc }) => {
      elasticache.subnetGroups.add(cacheSubnetGroup('stale', ['subnet-deleted']));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      elasticache.clusters.add(cacheCluster('classic'));
      elasticache.clusters.add(cacheCluster('orphan', { subnetGroupName: 'deleted-group' }));
      elasticache.clusters.add(cacheCluster('stale', { subnetGroupName: 'stale' }));
    },
    expect: [
      { status: 'PASS', resource: 'classic' },
      { status: 'PASS', resource: 'orphan' },
      { status: 'PASS', resource: 'stale' },
    ],
  },
  {
    name: 'subnets are looked up in the cluster region',
    given: ({ elasticache, vpc }) => {
      elasticache.subnetGroups.add(cacheSubnetGroup('edge', ['subnet-edge'], 'us-east-1'));
      vpc.subnets.add(subnet('subnet-edge', { region: 'us-east-1', public: true }));
      elasticache.clusters.add(cacheCluster('edge', { region: 'us-east-1', subnetGroupName: 'edge' }));
    },
    expect: [{ status: 'FAIL', resource: 'edge', region: 'us-east-1' }],
  },
  {
    name: 'a failed cluster listing is an error',
    given: ({ elasticache }) => elasticache.clusters.fail({ ...denied, operation: 'DescribeCacheClusters' }),
    expect: [{ status: 'ERROR', resource: 'elasticache:DescribeCacheClusters' }],
  },
  {
    name: 'an unread subnet group listing, subnet listing or route is an error for the cluster',
    given: ({ elasticache, vpc }) => {
      elasticache.subnetGroups.fail({ ...denied, region: 'us-east-1', operation: 'DescribeCacheSubnetGroups' });
      elasticache.clusters.add(cacheCluster('groupless', { region: 'us-east-1', subnetGroupName: 'any' }));
      vpc.subnets.fail({ ...denied, operation: 'DescribeSubnets' });
      elasticache.subnetGroups.add(cacheSubnetGroup('private', ['subnet-private']));
      elasticache.clusters.add(cacheCluster('unlisted', { subnetGroupName: 'private' }));
    },
    expect: [
      { status: 'ERROR', resource: 'groupless', detail: 'DescribeCacheSubnetGroups' },
      { status: 'ERROR', resource: 'unlisted', detail: 'DescribeSubnets' },
    ],
  },
  {
    name: 'an unread route decides nothing unless another subnet is public',
    given: ({ elasticache, vpc }) => {
      elasticache.subnetGroups.add(cacheSubnetGroup('unknown', ['subnet-unknown']));
      elasticache.subnetGroups.add(cacheSubnetGroup('mixed', ['subnet-unknown', 'subnet-public']));
      vpc.subnets.add(subnet('subnet-unknown', { public: unreadBy('ec2', 'DescribeRouteTables') }));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      elasticache.clusters.add(cacheCluster('unknown', { subnetGroupName: 'unknown' }));
      elasticache.clusters.add(cacheCluster('mixed', { subnetGroupName: 'mixed' }));
    },
    expect: [
      { status: 'ERROR', resource: 'unknown', detail: 'DescribeRouteTables' },
      { status: 'FAIL', resource: 'mixed', detail: 'subnet-public' },
    ],
  },
]);
