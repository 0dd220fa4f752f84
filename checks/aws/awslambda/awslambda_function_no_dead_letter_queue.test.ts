import { testCheck } from '../../../test/helpers/check-cases.js';
import { lambdaFunction } from '../../../test/helpers/fixtures/lambda.js';
import check from './awslambda_function_no_dead_letter_queue.js';

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'a function with a dead-letter target passes, one without fails',
    given: ({ lambda }) => {
      lambda.functions.add(lambdaFunction('queued', { deadLetterTargetArn: 'arn:aws:sqs:eu-west-1:111122223333:dlq' }));
      lambda.functions.add(lambdaFunction('dropping'));
    },
    expect: [
      { status: 'PASS', resource: 'queued', detail: 'sqs' },
      { status: 'FAIL', resource: 'dropping' },
    ],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functions.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
