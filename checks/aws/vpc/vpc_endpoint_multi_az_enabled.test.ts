import { testCheck } from '../../../test/helpers/check-cases.js';
import { endpoint, vpc } from '../../../test/helpers/fixtures/vpc.js';
import check from './vpc_endpoint_multi_az_enabled.js';

testCheck(check, [
  { name: 'no endpoints', expect: [] },
  {
    name: 'an interface endpoint in two subnets passes',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.endpoints.add(endpoint('vpce-1'));
    },
    expect: [{ status: 'PASS', resource: 'vpce-1', region: 'eu-west-1', detail: 'more than one availability zone' }],
  },
  {
    name: 'an interface endpoint in one subnet, or none, fails',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.endpoints.add(endpoint('vpce-1', { subnetIds: ['subnet-1'] }));
      service.endpoints.add(endpoint('vpce-2', { subnetIds: [] }));
    },
    expect: [
      { status: 'FAIL', resource: 'vpce-1', detail: 'VPC endpoint vpce-1 in VPC vpc-1 has subnets in only one' },
      { status: 'FAIL', resource: 'vpce-2' },
    ],
  },
  {
    name: 'gateway endpoints and endpoints of unlisted VPCs are not judged',
    given: ({ vpc: service }) => {
      service.vpcs.add(vpc('vpc-1'));
      service.endpoints.add(endpoint('vpce-1', { type: 'Gateway', subnetIds: [] }));
      service.endpoints.add(endpoint('vpce-2', { vpcId: 'vpc-9', subnetIds: [] }));
    },
    expect: [],
  },
  {
    name: 'an interface endpoint in a region whose VPCs could not be listed is an error',
    given: ({ vpc: service }) => {
      service.endpoints.add(endpoint('vpce-1'));
      service.vpcs.fail({ region: 'eu-west-1', operation: 'DescribeVpcs', message: 'UnauthorizedOperation: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'vpce-1', detail: 'DescribeVpcs' }],
  },
  {
    name: 'a region whose endpoints could not be listed is an error there',
    given: ({ vpc: service }) => service.endpoints.fail({ region: 'us-east-1', operation: 'DescribeVpcEndpoints', message: 'UnauthorizedOperation: denied' }),
    expect: [{ status: 'ERROR', resource: 'vpc:DescribeVpcEndpoints', region: 'us-east-1' }],
  },
]);
