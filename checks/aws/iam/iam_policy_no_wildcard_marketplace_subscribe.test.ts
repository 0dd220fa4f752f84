import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { customerManagedPolicy } from '../../../test/helpers/fixtures/iam.js';
import { customPolicyCases } from '../../../test/helpers/fixtures/iam-policy-analysis.js';
import check from './iam_policy_no_wildcard_marketplace_subscribe.js';

const SUBSCRIBE_ANYTHING: PolicyStatement = { Effect: 'Allow', Action: ['aws-marketplace:Subscribe'], Resource: ['*'] };
const DENY_SUBSCRIBE: PolicyStatement = { Effect: 'Deny', Action: ['aws-marketplace:Subscribe'], Resource: ['*'] };
const MFA = { Bool: { 'aws:MultiFactorAuthPresent': 'true' } };

testCheck(check, [
  ...customPolicyCases({ Statement: [SUBSCRIBE_ANYTHING] }),
  {
    name: 'only a Deny on "*" without conditions takes the grant back',
    given: ({ iam }) => {
      const add = (name: string, document: PolicyDocument) => iam.managedPolicies.add(customerManagedPolicy(name, { document }));
      add('conditional-allow', { Statement: [{ ...SUBSCRIBE_ANYTHING, Condition: MFA }] });
      add('wildcard', { Statement: [{ ...SUBSCRIBE_ANYTHING, Action: ['aws-marketplace:*'] }] });
      add('not-action', { Statement: [{ Effect: 'Allow', NotAction: ['s3:*'], Resource: ['*'] }] });
      add('denied', { Statement: [SUBSCRIBE_ANYTHING, DENY_SUBSCRIBE] });
      add('denied-conditionally', { Statement: [SUBSCRIBE_ANYTHING, { ...DENY_SUBSCRIBE, Condition: MFA }] });
      add('one-product', { Statement: [{ ...SUBSCRIBE_ANYTHING, Resource: ['arn:aws:aws-marketplace:us-east-1:111122223333:product/x'] }] });
    },
    expect: [
      { status: 'FAIL', resource: 'conditional-allow', detail: "allows 'aws-marketplace:Subscribe' on every resource" },
      { status: 'FAIL', resource: 'wildcard' },
      { status: 'FAIL', resource: 'not-action' },
      { status: 'PASS', resource: 'denied', detail: 'does not allow' },
      { status: 'FAIL', resource: 'denied-conditionally' },
      { status: 'PASS', resource: 'one-product' },
    ],
  },
]);
