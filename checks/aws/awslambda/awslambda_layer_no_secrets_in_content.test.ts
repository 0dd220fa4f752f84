import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { lambdaLayer } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_layer_no_secrets_in_content.js';

testCheck(check, [
  { name: 'no layers', expect: [] },
  {
    name: 'clean content passes, a secret fails naming file and line, content without a location is left for review',
    given: ({ lambda }) => {
      lambda.layers.add(lambdaLayer('clean'));
      lambda.layers.add(lambdaLayer('vendor', { owner: '999988887777', version: '4', contentSecrets: null }));
      lambda.layers.add(lambdaLayer('leaky', { region: 'us-east-1', contentSecrets: [{ path: 'python/conf.py', secrets: [{ line: 2, kind: 'GitHub token' }] }] }));
    },
    expect: [
      { status: 'PASS', resource: 'clean', detail: 'layer clean (version 1)' },
      { status: 'MANUAL', resource: 'vendor', detail: 'version 4' },
      { status: 'FAIL', resource: 'leaky', region: 'us-east-1', detail: 'python/conf.py: GitHub token on line 2' },
    ],
  },
  {
    name: 'content that could not be read: ERROR naming what failed',
    given: ({ lambda }) => {
      lambda.layers.add(lambdaLayer('denied', { contentSecrets: unreadBy('lambda', 'GetLayerVersionByArn') }));
      lambda.layers.add(lambdaLayer('too-big', { contentSecrets: unreadBy('lambda', 'layer content read') }));
    },
    expect: [
      { status: 'ERROR', resource: 'denied', detail: 'GetLayerVersionByArn' },
      { status: 'ERROR', resource: 'too-big', detail: 'layer content read' },
    ],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.layers.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
