import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { endpoint, vpc } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_endpoint_for_ec2_enabled.js';

testCheck(check, [
  { name: 'no VPCs', expect: [] },
  {
    name: 'a VPC with an EC2 endpoint passes',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.endpoints.add(endpoint('vpce-1'));
    },
    expect: [{ status: 'PASS', resource: 'vpc-1', region: 'eu-west-1', detail: 'EC2 Interface endpoint, vpce-1' }],
  },
  {
    name: 'any service name containing ec2 counts, as in Prowler',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.endpoints.add(endpoint('vpce-1', { serviceName: 'com.amazonaws.eu-west-1.ec2messages' }));
    },
    expect: [{ status: 'PASS', resource: 'vpc-1' }],
  },
  {
    name: 'a VPC whose only endpoints are to other services, or whose EC2 endpoint is in another VPC, fails',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.endpoints.add(endpoint('vpce-1', { serviceName: 'com.amazonaws.eu-west-1.s3', type: 'Gateway' }));
      service.endpoints.add(endpoint('vpce-2', { vpcId: 'vpc-9' }));
    },
    expect: [{ status: 'FAIL', resource: 'vpc-1', detail: 'VPC vpc-1 has no EC2 endpoint' }],
  },
  {
    name: 'an unused VPC is skipped by default and judged when unused services are scanned',
    options: { scanUnusedServices: true },
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { inUse: false })),
    expect: [{ status: 'FAIL', resource: 'vpc-1' }],
  },
  {
    name: 'an unused VPC is skipped by default',
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { inUse: false })),
    expect: [],
  },
  {
    name: 'a VPC whose interfaces could not be listed is an error',
    given: ({ vpc: service }) => service.vpcs.add(vpc('vpc-1', { inUse: unreadBy('vpc', 'DescribeNetworkInterfaces') })),
    expect: [{ status: 'ERROR', resource: 'vpc-1', detail: 'DescribeNetworkInterfaces' }],
  },
  {
    name: 'a VPC in a region whose endpoints could not be listed is an error; another region is judged',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.vpcs.add(vpc('vpc-2', { region: 'us-east-1' }));
      service.endpoints.fail({ region: 'eu-west-1', operation: 'DescribeVpcEndpoints', message: 'UnauthorizedOperation: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'vpc-1', detail: 'DescribeVpcEndpoints' },
      { status: 'FAIL', resource: 'vpc-2', region: 'us-east-1' },
    ],
  },
  {
    name: 'a region whose VPCs could not be listed is an error there',
    given: ({ vpc: service }) => service.vpcs.fail({ region: 'us-east-1', operation: 'DescribeVpcs', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcs', region: 'us-east-1' }],
  },
]);
