import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { dbCluster, subnetGroup } from '../../../test/helpers/fixtures/rds.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import check from './neptune_cluster_uses_public_subnet.js';

const denied = { region: 'eu-west-1', message: 'AccessDenied: denied' };
const neptune = (id: string, subnetGroupName: string | null, region = 'eu-west-1') =>
  dbCluster(id, { engine: 'neptune', resourceId: `cluster-${id}`, subnetGroupName, region });

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'fails a Neptune cluster with a public subnet in its group, named by its resource ID',
    given: ({ rds, vpc }) => {
      rds.subnetGroups.add(subnetGroup('mixed', { subnetIds: ['subnet-private', 'subnet-public'] }));
      rds.subnetGroups.add(subnetGroup('private', { subnetIds: ['subnet-private'] }));
      vpc.subnets.add(subnet('subnet-private'));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      rds.clusters.add(neptune('exposed', 'mixed'));
      rds.clusters.add(neptune('inside', 'private'));
      rds.clusters.add(dbCluster('aurora', { subnetGroupName: 'mixed' }));
    },
    expect: [
      { status: 'FAIL', resource: 'cluster-exposed', region: 'eu-west-1', detail: 'subnet-public' },
      { status: 'PASS', resource: 'cluster-inside', region: 'eu-west-1' },
    ],
  },
  {
    name: 'a cluster without a subnet group, or whose group or subnets are gone, uses no public subnet',
    given: ({ rds, vpc }) => {
      rds.subnetGroups.add(subnetGroup('stale', { subnetIds: ['subnet-deleted'] }));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      rds.clusters.add(neptune('groupless', null));
      rds.clusters.add(neptune('orphan', 'deleted-group'));
      rds.clusters.add(neptune('stale', 'stale'));
    },
    expect: [
      { status: 'PASS', resource: 'cluster-groupless' },
      { status: 'PASS', resource: 'cluster-orphan' },
      { status: 'PASS', resource: 'cluster-stale' },
    ],
  },
  {
    name: 'subnet groups and subnets are looked up in the cluster region',
    given: ({ rds, vpc }) => {
      rds.subnetGroups.add(subnetGroup('edge', { subnetIds: ['subnet-edge'], region: 'us-east-1' }));
      rds.subnetGroups.add(subnetGroup('edge', { subnetIds: [] }));
      vpc.subnets.add(subnet('subnet-edge', { region: 'us-east-1', public: true }));
      rds.clusters.add(neptune('edge', 'edge', 'us-east-1'));
      rds.clusters.add(neptune('west', 'edge'));
    },
    expect: [
      { status: 'FAIL', resource: 'cluster-edge', region: 'us-east-1' },
      { status: 'PASS', resource: 'cluster-west', region: 'eu-west-1' },
    ],
  },
  {
    name: 'a failed cluster listing is an error',
    given: ({ rds }) => rds.clusters.fail({ ...denied, operation: 'DescribeDBClusters' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBClusters' }],
  },
  {
    name: 'an unread subnet group listing, subnet listing or route is an error for the cluster',
    given: ({ rds, vpc }) => {
      rds.subnetGroups.fail({ ...denied, region: 'us-east-1', operation: 'DescribeDBSubnetGroups' });
      rds.clusters.add(neptune('east', 'any', 'us-east-1'));
      vpc.subnets.fail({ ...denied, operation: 'DescribeSubnets' });
      rds.subnetGroups.add(subnetGroup('private', { subnetIds: ['subnet-private'] }));
      rds.clusters.add(neptune('west', 'private'));
    },
    expect: [
      { status: 'ERROR', resource: 'east', detail: 'DescribeDBSubnetGroups' },
      { status: 'ERROR', resource: 'west', detail: 'DescribeSubnets' },
    ],
  },
  {
    name: 'an unread route decides nothing unless another subnet is public',
    given: ({ rds, vpc }) => {
      rds.subnetGroups.add(subnetGroup('unknown', { subnetIds: ['subnet-unknown'] }));
      rds.subnetGroups.add(subnetGroup('mixed', { subnetIds: ['subnet-unknown', 'subnet-public'] }));
      vpc.subnets.add(subnet('subnet-unknown', { public: unreadBy('ec2', 'DescribeRouteTables') }));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      rds.clusters.add(neptune('unknown', 'unknown'));
      rds.clusters.add(neptune('mixed', 'mixed'));
    },
    expect: [
      { status: 'ERROR', resource: 'unknown', detail: 'DescribeRouteTables' },
      { status: 'FAIL', resource: 'cluster-mixed', detail: 'subnet-public' },
    ],
  },
]);
