import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { functionUrl } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_url_cors_policy.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'named origins or no CORS pass, * among the origins fails, no URL gives no finding',
    given: ({ lambda }) => {
      lambda.functionUrls.add(functionUrl('no-url'));
      lambda.functionUrls.add(functionUrl('named', { url: { authType: 'NONE', allowOrigins: ['https://app.example.com'] } }));
      lambda.functionUrls.add(functionUrl('no-cors', { url: { authType: 'AWS_IAM', allowOrigins: [] } }));
      lambda.functionUrls.add(functionUrl('wide', { url: { authType: 'AWS_IAM', allowOrigins: ['https://app.example.com', '*'] } }));
    },
    expect: [
      { status: 'PASS', resource: 'named' },
      { status: 'PASS', resource: 'no-cors' },
      { status: 'FAIL', resource: 'wide', detail: 'every origin' },
    ],
  },
  {
    name: 'a URL configuration that could not be read: ERROR',
    given: ({ lambda }) => lambda.functionUrls.add(functionUrl('hidden', { url: unreadBy('lambda', 'GetFunctionUrlConfig') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetFunctionUrlConfig' }],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functionUrls.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
