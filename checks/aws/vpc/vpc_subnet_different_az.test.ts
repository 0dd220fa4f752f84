import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { subnet, vpc } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_subnet_different_az.js';

testCheck(check, [
  { name: 'no VPCs', expect: [] },
  {
    name: 'subnets in two zones pass',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1', { name: 'prod' }));
      service.subnets.add(subnet('subnet-1'));
      service.subnets.add(subnet('subnet-2', { availabilityZone: 'eu-west-1b' }));
    },
    expect: [{ status: 'PASS', resource: 'vpc-1', region: 'eu-west-1', detail: 'VPC prod has subnets in 2 availability zones' }],
  },
  {
    name: 'subnets all in one zone fail; subnets of other VPCs do not count',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.subnets.add(subnet('subnet-1'));
      service.subnets.add(subnet('subnet-2'));
      service.subnets.add(subnet('subnet-3', { vpcId: 'vpc-2', availabilityZone: 'eu-west-1b' }));
    },
    expect: [{ status: 'FAIL', resource: 'vpc-1', detail: 'VPC vpc-1 has subnets only in eu-west-1a' }],
  },
  {
    name: 'a VPC without subnets fails',
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1')),
    expect: [{ status: 'FAIL', resource: 'vpc-1', detail: 'has no subnets' }],
  },
  {
    name: 'an unused VPC is skipped by default',
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { inUse: false })),
    expect: [],
  },
  {
    name: 'an unused VPC is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { inUse: false })),
    expect: [{ status: 'FAIL', resource: 'vpc-1' }],
  },
  {
    name: 'a VPC whose interfaces could not be listed is an error',
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { inUse: unreadBy('vpc', 'DescribeNetworkInterfaces') })),
    expect: [{ status: 'ERROR', resource: 'vpc-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a VPC in a region whose subnets could not be listed is an error',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.subnets.fail({ region: 'eu-west-1', operation: 'DescribeSubnets', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'vpc-1', detail: 'DescribeSubnets' }],
  },
  {
    name: 'a region whose VPCs could not be listed is an error there',
    given: ({ vpc: service }) => service.vpcs.fail({ region: 'us-east-1', operation: 'DescribeVpcs', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcs', region: 'us-east-1' }],
  },
]);
