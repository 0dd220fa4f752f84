import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { codeSecrets } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_no_secrets_in_code.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'clean code passes, a file with a secret fails naming file and line, an image is not judged',
    given: ({ lambda }) => {
      lambda.functionCodeSecrets.add(codeSecrets('clean'));
      lambda.functionCodeSecrets.add(codeSecrets('image', { packageType: 'Image', codeSecrets: null }));
      lambda.functionCodeSecrets.add(
        codeSecrets('leaky', {
          codeSecrets: [
            { path: 'app.py', secrets: [{ line: 3, kind: 'AWS access key' }] },
            { path: 'lib/keys.pem', secrets: [{ line: 1, kind: 'Private key' }] },
          ],
        }),
      );
    },
    expect: [
      { status: 'PASS', resource: 'clean' },
      { status: 'FAIL', resource: 'leaky', detail: 'app.py: AWS access key on line 3; lib/keys.pem: Private key on line 1' },
    ],
  },
  {
    name: 'code that could not be located: ERROR naming GetFunction',
    given: ({ lambda }) => lambda.functionCodeSecrets.add(codeSecrets('denied', { codeSecrets: unreadBy('lambda', 'GetFunction') })),
    expect: [{ status: 'ERROR', resource: 'denied', detail: 'GetFunction' }],
  },
  {
    name: 'a package that could not be downloaded or read: ERROR naming what failed',
    given: ({ lambda }) => lambda.functionCodeSecrets.add(codeSecrets('slow', { codeSecrets: unreadBy('lambda', 'code package read') })),
    expect: [{ status: 'ERROR', resource: 'slow', detail: 'code package read' }],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functionCodeSecrets.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
