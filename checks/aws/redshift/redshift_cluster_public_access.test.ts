import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import { cluster, subnetGroup } from '../../../test/helpers/fixtures/redshift.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import check from './redshift_cluster_public_access.js';

const exposed = { publiclyAccessible: true, subnetGroupName: 'public-group', activeSecurityGroupIds: ['sg-open'] };

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'fails only a public endpoint in a public subnet behind an open group',
    given: ({ redshift, vpc, ec2 }) => {
      redshift.clusters.add(cluster('private'));
      redshift.clusters.add(cluster('no-endpoint', { ...exposed, endpointAddress: null }));
      redshift.clusters.add(cluster('exposed', exposed));
      redshift.clusters.add(cluster('private-subnets', { ...exposed, subnetGroupName: 'private-group' }));
      redshift.clusters.add(cluster('no-group', { ...exposed, subnetGroupName: null }));
      redshift.clusters.add(cluster('unknown-group', { ...exposed, subnetGroupName: 'gone' }));
      redshift.clusters.add(cluster('closed', { ...exposed, activeSecurityGroupIds: ['sg-https'] }));
      redshift.clusters.add(cluster('inactive-group', { ...exposed, activeSecurityGroupIds: [] }));
      redshift.subnetGroups.add(subnetGroup('public-group', ['subnet-private', 'subnet-public']));
      redshift.subnetGroups.add(subnetGroup('private-group', ['subnet-private', 'subnet-unknown']));
      vpc.subnets.add(subnet('subnet-private'));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      ec2.securityGroups.add(securityGroup('sg-open', { ingressRules: [rule('tcp', [0, 65535], ['0.0.0.0/0'])] }));
      ec2.securityGroups.add(securityGroup('sg-https', { ingressRules: [rule('tcp', [5439, 5439], ['0.0.0.0/0'])] }));
    },
    expect: [
      { status: 'PASS', resource: 'private', detail: 'is not publicly accessible' },
      { status: 'PASS', resource: 'no-endpoint', detail: 'is not publicly accessible' },
      { status: 'FAIL', resource: 'exposed', detail: 'security group sg-open' },
      { status: 'PASS', resource: 'private-subnets', detail: 'no public subnet' },
      { status: 'PASS', resource: 'no-group', detail: 'no public subnet' },
      { status: 'PASS', resource: 'unknown-group', detail: 'no public subnet' },
      { status: 'PASS', resource: 'closed', detail: 'no security group' },
      { status: 'PASS', resource: 'inactive-group', detail: 'no security group' },
    ],
  },
  {
    name: 'an all-protocol rule from ::/0 exposes the cluster; a group in another region does not',
    given: ({ redshift, vpc, ec2 }) => {
      redshift.clusters.add(cluster('ipv6', { ...exposed, activeSecurityGroupIds: ['sg-all'] }));
      redshift.clusters.add(cluster('far', { ...exposed, region: 'us-east-1', activeSecurityGroupIds: ['sg-all'] }));
      redshift.subnetGroups.add(subnetGroup('public-group', ['subnet-public']));
      redshift.subnetGroups.add(subnetGroup('public-group', ['subnet-public'], 'us-east-1'));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      vpc.subnets.add(subnet('subnet-public', { public: true, region: 'us-east-1' }));
      ec2.securityGroups.add(securityGroup('sg-all', { ingressRules: [rule('-1', null, [], ['::/0'])] }));
    },
    expect: [
      { status: 'FAIL', resource: 'ipv6' },
      { status: 'PASS', resource: 'far', region: 'us-east-1' },
    ],
  },
  {
    name: 'what could not be read for a public cluster is an error',
    given: ({ redshift, vpc, ec2 }) => {
      redshift.clusters.add(cluster('unread-subnet', exposed));
      redshift.subnetGroups.add(subnetGroup('public-group', ['subnet-x']));
      vpc.subnets.add(subnet('subnet-x', { public: unreadBy('ec2', 'DescribeRouteTables') }));
      ec2.securityGroups.fail({ region: 'eu-west-1', operation: 'DescribeSecurityGroups', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'unread-subnet', detail: 'DescribeRouteTables' }],
  },
  {
    name: 'unlisted subnet groups and security groups are errors for public clusters only',
    given: ({ redshift, ec2, vpc }) => {
      redshift.clusters.add(cluster('private'));
      redshift.clusters.add(cluster('public', exposed));
      redshift.subnetGroups.fail({ region: 'eu-west-1', operation: 'DescribeClusterSubnetGroups', message: 'AccessDenied: denied' });
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      ec2.securityGroups.fail({ region: 'eu-west-1', operation: 'DescribeSecurityGroups', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'PASS', resource: 'private' },
      { status: 'ERROR', resource: 'public', detail: 'DescribeClusterSubnetGroups' },
    ],
  },
  { name: 'a failed listing is an error', given: ({ redshift }) => redshift.clusters.fail({ region: 'eu-west-1', operation: 'DescribeClusters', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 'redshift:DescribeClusters' }] },
]);
