import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { functionUrl } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_url_public.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'an IAM-authenticated URL passes, an open one fails, no URL gives no finding',
    given: ({ lambda }) => {
      lambda.functionUrls.add(functionUrl('no-url'));
      lambda.functionUrls.add(functionUrl('iam', { url: { authType: 'AWS_IAM', allowOrigins: [] } }));
      lambda.functionUrls.add(functionUrl('open', { url: { authType: 'NONE', allowOrigins: [] } }));
    },
    expect: [
      { status: 'PASS', resource: 'iam' },
      { status: 'FAIL', resource: 'open', detail: 'NONE' },
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
