import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { functionPolicy } from '../../../test/helpers/fixtures/lambda.js';
import type { PolicyDocument } from '../../../src/services/policy.js';
import check from './awslambda_function_not_publicly_accessible.js';

const invokeBy = (principal: Record<string, string[]>, condition?: PolicyDocument['Statement'][number]['Condition']): PolicyDocument => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: ['lambda:InvokeFunction'], Resource: ['*'], ...(condition ? { Condition: condition } : {}) }],
});

testCheck(check, [
  { name: 'no functions', expect: [] },
  {
    name: 'no policy or a scoped one passes; anyone, unconditioned, fails',
    given: ({ lambda }) => {
      lambda.functionPolicies.add(functionPolicy('none'));
      lambda.functionPolicies.add(functionPolicy('service', { policy: invokeBy({ Service: ['s3.amazonaws.com'] }) }));
      lambda.functionPolicies.add(functionPolicy('conditioned', { policy: invokeBy({ AWS: ['*'] }, { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } }) }));
      lambda.functionPolicies.add(functionPolicy('open', { region: 'us-east-1', policy: invokeBy({ AWS: ['*'] }) }));
    },
    expect: [
      { status: 'PASS', resource: 'none' },
      { status: 'PASS', resource: 'service' },
      { status: 'PASS', resource: 'conditioned' },
      { status: 'FAIL', resource: 'open', region: 'us-east-1', detail: 'public access' },
    ],
  },
  {
    name: 'a policy that could not be read: ERROR',
    given: ({ lambda }) => lambda.functionPolicies.add(functionPolicy('hidden', { policy: unreadBy('lambda', 'GetPolicy') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'GetPolicy' }],
  },
  {
    name: 'functions that could not be listed: ERROR',
    given: ({ lambda }) => lambda.functionPolicies.fail({ region: 'eu-west-1', operation: 'ListFunctions', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'lambda:ListFunctions' }],
  },
]);
