import { testCheck } from '../../../test/helpers/check-cases.js';
import { fixtureArn } from '../../../test/helpers/fixtures/account.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_using_cross_account_layers.js';

const OWN_LAYER = fixtureArn('lambda', 'eu-west-1', 'layer:shared:2');
const VENDOR_LAYER = 'arn:aws:lambda:eu-west-1:999988887777:layer:vendor:7';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'no layers passes, own layers pass, any layer of another account fails',
    given: ({ lambda }) => {
      lambda.functions.add(lambdaFunction('plain'));
      lambda.functions.add(lambdaFunction('own', { layerArns: [OWN_LAYER] }));
      lambda.functions.add(lambdaFunction('mixed', { layerArns: [OWN_LAYER, VENDOR_LAYER] }));
    },
    expect: [
      { status: 'PASS', resource: 'plain', detail: 'no layers' },
      { status: 'PASS', resource: 'own', detail: '111122223333' },
      { status: 'FAIL', resource: 'mixed', detail: /other accounts: arn:aws:lambda:eu-west-1:999988887777:layer:vendor:7\.$/ },
    ],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functions.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
