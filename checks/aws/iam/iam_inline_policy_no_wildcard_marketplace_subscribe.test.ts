import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { inlinePolicy } from '../../../test/helpers/fixtures/iam.js';
import { inlinePolicyCases } from '../../../test/helpers/fixtures/iam-policy-analysis.js';
import check from './iam_inline_policy_no_wildcard_marketplace_subscribe.js';

const SUBSCRIBE_ANYTHING: PolicyStatement = { Effect: 'Allow', Action: ['aws-marketplace:Subscribe'], Resource: ['*'] };
const DENY_SUBSCRIBE: PolicyStatement = { Effect: 'Deny', Action: ['aws-marketplace:Subscribe'], Resource: ['*'] };

testCheck(check, [
  ...inlinePolicyCases({ Statement: [SUBSCRIBE_ANYTHING] }),
  {
    name: 'only a Deny on "*" without conditions takes the grant back',
    given: ({ iam }) => {
      const add = (name: string, document: PolicyDocument) => iam.inlinePolicies.add(inlinePolicy('user', 'buyer', name, { document }));
      add('denied', { Statement: [SUBSCRIBE_ANYTHING, DENY_SUBSCRIBE] });
      add('denied-conditionally', { Statement: [SUBSCRIBE_ANYTHING, { ...DENY_SUBSCRIBE, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] });
      add('everything', { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] });
    },
    expect: [
      { status: 'PASS', resource: 'buyer/denied', detail: "does not allow 'aws-marketplace:Subscribe'" },
      { status: 'FAIL', resource: 'buyer/denied-conditionally', detail: "allows 'aws-marketplace:Subscribe' on every resource" },
      { status: 'FAIL', resource: 'buyer/everything' },
    ],
  },
]);
