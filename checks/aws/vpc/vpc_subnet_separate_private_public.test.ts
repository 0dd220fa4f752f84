import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { subnet, vpc } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_subnet_separate_private_public.js';

testCheck(check, [
  { name: 'no VPCs', expect: [] },
  {
    name: 'a public and a private subnet pass',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1', { name: 'prod' }));
      service.subnets.add(subnet('subnet-1', { public: true }));
      service.subnets.add(subnet('subnet-2'));
    },
    expect: [{ status: 'PASS', resource: 'vpc-1', region: 'eu-west-1', detail: 'VPC prod has both private and public subnets' }],
  },
  {
    name: 'only public subnets fail',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.subnets.add(subnet('subnet-1', { public: true }));
      service.subnets.add(subnet('subnet-2', { vpcId: 'vpc-2' }));
    },
    expect: [{ status: 'FAIL', resource: 'vpc-1', detail: 'has only public subnets' }],
  },
  {
    name: 'only private subnets fail',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.subnets.add(subnet('subnet-1'));
    },
    expect: [{ status: 'FAIL', resource: 'vpc-1', detail: 'has only private subnets' }],
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
    name: 'a subnet whose route tables could not be read makes its VPC an error',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.subnets.add(subnet('subnet-1', { public: unreadBy('vpc', 'DescribeRouteTables') }));
    },
    expect: [{ status: 'ERROR', resource: 'vpc-1', detail: 'DescribeRouteTables' }],
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
