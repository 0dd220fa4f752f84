import { testCheck } from '../../../test/helpers/check-cases.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_using_supported_runtimes.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'a current runtime passes, an obsolete one fails, a container image is not judged',
    given: ({ lambda }) => {
      lambda.functions.add(lambdaFunction('current', { runtime: 'python3.12' }));
      lambda.functions.add(lambdaFunction('old', { runtime: 'nodejs16.x' }));
      lambda.functions.add(lambdaFunction('image', { runtime: undefined, packageType: 'Image' }));
    },
    expect: [
      { status: 'PASS', resource: 'current', detail: 'python3.12' },
      { status: 'FAIL', resource: 'old', detail: 'nodejs16.x' },
    ],
  },
  {
    name: 'obsolete_lambda_runtimes decides which runtimes fail',
    config: { obsolete_lambda_runtimes: ['python3.12'] },
    given: ({ lambda }) => {
      lambda.functions.add(lambdaFunction('current', { runtime: 'python3.12' }));
      lambda.functions.add(lambdaFunction('old', { runtime: 'nodejs16.x' }));
    },
    expect: [
      { status: 'FAIL', resource: 'current' },
      { status: 'PASS', resource: 'old' },
    ],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functions.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
