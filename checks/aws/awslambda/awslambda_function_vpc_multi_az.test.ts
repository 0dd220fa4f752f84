import { testCheck } from '../../../test/helpers/check-cases.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import { subnet } from '../../../test/helpers/fixtures/vpc.js';
import check from './awslambda_function_vpc_multi_az.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'subnets in two zones pass; one zone, or subnets the scan does not know, fail',
    given: ({ lambda, vpc }) => {
      vpc.subnets.add(subnet('subnet-a', { availabilityZone: 'eu-west-1a' }));
      vpc.subnets.add(subnet('subnet-a2', { availabilityZone: 'eu-west-1a' }));
      vpc.subnets.add(subnet('subnet-b', { availabilityZone: 'eu-west-1b' }));
      lambda.functions.add(lambdaFunction('spread', { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'] }));
      lambda.functions.add(lambdaFunction('one-zone', { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-a2'] }));
      lambda.functions.add(lambdaFunction('gone', { vpcId: 'vpc-1', subnetIds: ['subnet-deleted'] }));
    },
    expect: [
      { status: 'PASS', resource: 'spread', detail: 'eu-west-1a, eu-west-1b' },
      { status: 'FAIL', resource: 'one-zone', detail: 'only 1 Availability Zone (eu-west-1a)' },
      { status: 'FAIL', resource: 'gone', detail: 'only 0 Availability Zones' },
    ],
  },
  {
    name: 'lambda_min_azs sets how many zones are enough',
    config: { lambda_min_azs: 3 },
    given: ({ lambda, vpc }) => {
      vpc.subnets.add(subnet('subnet-a', { availabilityZone: 'eu-west-1a' }));
      vpc.subnets.add(subnet('subnet-b', { availabilityZone: 'eu-west-1b' }));
      lambda.functions.add(lambdaFunction('spread', { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'] }));
    },
    expect: [{ status: 'FAIL', resource: 'spread', detail: 'at least 3' }],
  },
  {
    name: 'a function outside any VPC is left to awslambda_function_inside_vpc when it runs',
    given: ({ lambda }) => lambda.functions.add(lambdaFunction('outside')),
    expect: [],
  },
  {
    name: 'a function outside any VPC fails here when awslambda_function_inside_vpc does not run',
    checksInScan: ['awslambda_function_vpc_multi_az'],
    given: ({ lambda }) => lambda.functions.add(lambdaFunction('outside')),
    expect: [{ status: 'FAIL', resource: 'outside', detail: 'not attached to a VPC' }],
  },
  {
    name: "subnets that could not be listed in the function's region: ERROR",
    given: ({ lambda, vpc }) => {
      vpc.subnets.fail({ region: 'eu-west-1', operation: 'DescribeSubnets', message: 'AccessDenied: denied' });
      lambda.functions.add(lambdaFunction('spread', { vpcId: 'vpc-1', subnetIds: ['subnet-a'] }));
    },
    expect: [{ status: 'ERROR', resource: 'spread', detail: 'DescribeSubnets' }],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functions.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
