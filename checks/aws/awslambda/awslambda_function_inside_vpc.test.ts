import { testCheck } from '../../../test/helpers/check-cases.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_inside_vpc.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'a function in a VPC passes, one outside fails',
    given: ({ lambda }) => {
      lambda.functions.add(lambdaFunction('inside', { vpcId: 'vpc-1', subnetIds: ['subnet-1'] }));
      lambda.functions.add(lambdaFunction('outside', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'inside', detail: 'vpc-1' },
      { status: 'FAIL', resource: 'outside', region: 'us-east-1' },
    ],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functions.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
