import { testCheck } from '../../../test/helpers/check-cases.js';
import { variableSecrets } from '../../../test/helpers/fixtures/lambda.js';
import { secret } from '../../../src/services/resource-map.js';
import check from './awslambda_function_no_secrets_in_variables.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'clean variables pass, a variable with a secret fails naming it',
    given: ({ lambda }) => {
      lambda.functionVariableSecrets.add(variableSecrets('clean', { environment: secret({ STAGE: 'prod' }) }));
      lambda.functionVariableSecrets.add(
        variableSecrets('leaky', {
          environment: secret({ STAGE: 'prod', KEY: 'x' }),
          variableSecrets: [
            { kind: 'AWS access key', variable: 'KEY' },
            { kind: 'Private key', variable: 'PEM' },
          ],
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'clean' },
      { status: 'FAIL', resource: 'leaky', detail: 'AWS access key in variable KEY, Private key in variable PEM' },
    ],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functionVariableSecrets.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
