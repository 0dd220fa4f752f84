import { secret } from '../../../src/services/resource-map.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_env_vars_not_encrypted_with_cmk.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'no variables passes, variables under a customer key pass, variables under the AWS key fail',
    given: ({ lambda }) => {
      lambda.functions.add(lambdaFunction('bare'));
      lambda.functions.add(lambdaFunction('keyed', { environment: secret({ STAGE: 'prod' }), kmsKeyArn: 'arn:aws:kms:eu-west-1:111122223333:key/1' }));
      lambda.functions.add(lambdaFunction('default-key', { region: 'us-east-1', environment: secret({ STAGE: 'prod' }) }));
    },
    expect: [
      { status: 'PASS', resource: 'bare', detail: 'no environment variables' },
      { status: 'PASS', resource: 'keyed', detail: 'key/1' },
      { status: 'FAIL', resource: 'default-key', region: 'us-east-1' },
    ],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functions.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
