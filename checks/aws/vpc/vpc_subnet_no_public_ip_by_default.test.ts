import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_subnet_no_public_ip_by_default.js';

testCheck(check, [
  { name: 'no subnets', expect: [] },
  {
    name: 'a subnet that gives no public IP passes, named by its Name tag',
    given: ({ vpc }) => vpc.subnets.add(subnet('subnet-1', { name: 'app' })),
    expect: [{ status: 'PASS', resource: 'subnet-1', region: 'eu-west-1', detail: 'Subnet app does not give' }],
  },
  {
    name: 'a subnet that gives a public IP by default fails',
    given: ({ vpc }) => vpc.subnets.add(subnet('subnet-1', { mapPublicIpOnLaunch: true })),
    expect: [{ status: 'FAIL', resource: 'subnet-1', detail: 'Subnet subnet-1 gives instances a public IP' }],
  },
  {
    name: 'an unused subnet is skipped by default',
    given: ({ vpc }) => vpc.subnets.add(subnet('subnet-1', { mapPublicIpOnLaunch: true, inUse: false })),
    expect: [],
  },
  {
    name: 'an unused subnet is judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ vpc }) => vpc.subnets.add(subnet('subnet-1', { mapPublicIpOnLaunch: true, inUse: false })),
    expect: [{ status: 'FAIL', resource: 'subnet-1' }],
  },
  {
    name: 'a subnet whose interfaces could not be listed is an error by default',
    given: ({ vpc }) => vpc.subnets.add(subnet('subnet-1', { inUse: unreadBy('vpc', 'DescribeNetworkInterfaces') })),
    expect: [{ status: 'ERROR', resource: 'subnet-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a region whose subnets could not be listed is an error there',
    given: ({ vpc }) => vpc.subnets.fail({ region: 'us-east-1', operation: 'DescribeSubnets', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeSubnets', region: 'us-east-1' }],
  },
]);
