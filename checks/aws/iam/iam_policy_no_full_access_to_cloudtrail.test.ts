import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { customerManagedPolicy } from '../../../test/helpers/fixtures/iam.js';
import { customPolicyCases } from '../../../test/helpers/fixtures/iam-policy-analysis.js';
import check from './iam_policy_no_full_access_to_cloudtrail.js';

const FULL: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: ['cloudtrail:*'], Resource: ['*'] }] };

testCheck(check, [
  ...customPolicyCases(FULL),
  {
    name: "full access counts through '*' and NotAction, under conditions too; one resource or one denied action does not",
    given: ({ iam }) => {
      const add = (name: string, document: PolicyDocument) => iam.managedPolicies.add(customerManagedPolicy(name, { document }));
      add('star', { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] });
      add('not-action', { Statement: [{ Effect: 'Allow', NotAction: ['s3:*'], Resource: ['*'] }] });
      add('conditional', { Statement: [{ ...FULL.Statement[0]!, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] });
      add('one-resource', { Statement: [{ Effect: 'Allow', Action: ['cloudtrail:*'], Resource: ['arn:aws:cloudtrail:eu-west-1:111122223333:trail/main'] }] });
      add('one-denied', { Statement: [...FULL.Statement, { Effect: 'Deny', Action: ['cloudtrail:StopLogging'], Resource: ['arn:aws:cloudtrail:eu-west-1:111122223333:trail/main'] }] });
      add('not-action-excluding', { Statement: [{ Effect: 'Allow', NotAction: ['cloudtrail:*'], Resource: ['*'] }] });
    },
    expect: [
      { status: 'FAIL', resource: 'star', detail: "allows 'cloudtrail:*'" },
      { status: 'FAIL', resource: 'not-action' },
      { status: 'FAIL', resource: 'conditional' },
      { status: 'PASS', resource: 'one-resource', detail: "does not allow 'cloudtrail:*'" },
      { status: 'PASS', resource: 'one-denied' },
      { status: 'PASS', resource: 'not-action-excluding' },
    ],
  },
]);
