import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { rule, securityGroup } from '../../../test/helpers/fixtures/ec2-security-groups.js';
import { dbInstance } from '../../../test/helpers/fixtures/rds.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import check from './rds_instance_no_public_access.js';

const openOnPort = (id: string, port: number) => securityGroup(id, { ingressRules: [rule('tcp', [port, port], ['0.0.0.0/0'])] });

testCheck(check, [
  { name: 'no instances', expect: [] },
  {
    name: 'fails only a publicly accessible instance whose group opens its port and which sits in a public subnet',
    given: ({ rds, ec2, vpc }) => {
      ec2.securityGroups.add(openOnPort('sg-open', 3307));
      ec2.securityGroups.add(openOnPort('sg-other-port', 22));
      vpc.subnets.add(subnet('subnet-private-a'));
      vpc.subnets.add(subnet('subnet-public', { public: true }));
      rds.instances.add(dbInstance('private', { securityGroupIds: ['sg-open'], subnetIds: ['subnet-public'] }));
      rds.instances.add(dbInstance('exposed', { publiclyAccessible: true, securityGroupIds: ['sg-open'], subnetIds: ['subnet-private-a', 'subnet-public'] }));
      rds.instances.add(dbInstance('private-subnets', { publiclyAccessible: true, securityGroupIds: ['sg-open'], subnetIds: ['subnet-private-a', 'subnet-unknown'] }));
      rds.instances.add(dbInstance('filtered', { publiclyAccessible: true, securityGroupIds: ['sg-other-port'], subnetIds: ['subnet-public'] }));
      rds.instances.add(dbInstance('no-groups', { publiclyAccessible: true, securityGroupIds: [], subnetIds: ['subnet-public'] }));
      rds.instances.add(dbInstance('no-endpoint', { publiclyAccessible: true, port: null, securityGroupIds: ['sg-open'], subnetIds: ['subnet-public'] }));
    },
    expect: [
      { status: 'PASS', resource: 'private', detail: 'not publicly accessible' },
      { status: 'FAIL', resource: 'exposed', detail: 'public subnet subnet-public' },
      { status: 'PASS', resource: 'private-subnets', detail: 'not in a public subnet' },
      { status: 'PASS', resource: 'filtered', detail: 'filtered with security groups' },
      { status: 'PASS', resource: 'no-groups' },
      { status: 'PASS', resource: 'no-endpoint' },
    ],
  },
  {
    name: 'an exposed instance is an error while its subnet routing is unread',
    given: ({ rds, ec2, vpc }) => {
      ec2.securityGroups.add(openOnPort('sg-open', 3307));
      vpc.subnets.add(subnet('subnet-public', { public: unreadBy('ec2', 'DescribeRouteTables') }));
      rds.instances.add(dbInstance('exposed', { publiclyAccessible: true, securityGroupIds: ['sg-open'], subnetIds: ['subnet-public'] }));
    },
    expect: [{ status: 'ERROR', resource: 'exposed', detail: 'DescribeRouteTables' }],
  },
  { name: 'DocumentDB is left to its own checks', given: ({ rds }) => rds.instances.add(dbInstance('docs', { engine: 'docdb', publiclyAccessible: true })), expect: [] },
  {
    name: 'a failed listing is an error',
    given: ({ rds }) => rds.instances.fail({ region: 'eu-west-1', operation: 'DescribeDBInstances', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'rds:DescribeDBInstances' }],
  },
]);
