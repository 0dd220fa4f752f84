import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { advancedSelector, classicSelector, trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_invoke_api_operations_cloudtrail_logging_enabled.js';

const LAMBDA = 'AWS::Lambda::Function';
const classicFor = (...values: string[]) => ({ classic: [classicSelector({ dataResources: [{ type: LAMBDA, values }] })], advanced: [] });

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'without trails every function fails',
    given: ({ lambda }) => lambda.functions.add(lambdaFunction('api')),
    expect: [{ status: 'FAIL', resource: 'api' }],
  },
  {
    name: 'a classic selector naming the function or all functions records it; naming another does not',
    given: ({ lambda, cloudtrail }) => {
      const named = lambdaFunction('named');
      lambda.functions.add(named);
      lambda.functions.add(lambdaFunction('other'));
      cloudtrail.trails.add(trail('just-one', { eventSelectors: classicFor(named.arn) }));
    },
    expect: [
      { status: 'PASS', resource: 'named', detail: 'trail just-one' },
      { status: 'FAIL', resource: 'other' },
    ],
  },
  {
    name: 'the every-function value of a classic selector records every function',
    given: ({ lambda, cloudtrail }) => {
      lambda.functions.add(lambdaFunction('api'));
      cloudtrail.trails.add(trail('all', { eventSelectors: classicFor('arn:aws:lambda') }));
    },
    expect: [{ status: 'PASS', resource: 'api', detail: 'trail all' }],
  },
  {
    name: 'an advanced selector on the Lambda resource type records every function',
    given: ({ lambda, cloudtrail }) => {
      lambda.functions.add(lambdaFunction('api'));
      cloudtrail.trails.add(trail('s3-only', { eventSelectors: { classic: [], advanced: [advancedSelector(null, { 'resources.type': ['AWS::S3::Object'] })] } }));
      cloudtrail.trails.add(trail('lambda', { eventSelectors: { classic: [], advanced: [advancedSelector(null, { eventCategory: ['Data'], 'resources.type': [LAMBDA] })] } }));
    },
    expect: [{ status: 'PASS', resource: 'api', detail: 'trail lambda' }],
  },
  {
    name: 'a recording trail decides even when another trail could not be read',
    given: ({ lambda, cloudtrail }) => {
      lambda.functions.add(lambdaFunction('api'));
      cloudtrail.trails.add(trail('hidden', { eventSelectors: unreadBy('cloudtrail', 'GetEventSelectors') }));
      cloudtrail.trails.add(trail('all', { eventSelectors: classicFor('arn:aws:lambda') }));
    },
    expect: [{ status: 'PASS', resource: 'api' }],
  },
  {
    name: 'selectors that could not be read, with no other recorder: ERROR',
    given: ({ lambda, cloudtrail }) => {
      lambda.functions.add(lambdaFunction('api'));
      cloudtrail.trails.add(trail('hidden', { eventSelectors: unreadBy('cloudtrail', 'GetEventSelectors') }));
    },
    expect: [{ status: 'ERROR', resource: 'api', detail: 'GetEventSelectors' }],
  },
  {
    name: 'trails that could not be listed somewhere, with no recorder: ERROR',
    given: ({ lambda, cloudtrail }) => {
      lambda.functions.add(lambdaFunction('api'));
      cloudtrail.trails.fail({ region: 'us-east-1', operation: 'DescribeTrails', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'api', detail: 'DescribeTrails' }],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functions.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
