import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { inlinePolicy } from '../../../test/helpers/fixtures/iam.js';
import { inlinePolicyCases } from '../../../test/helpers/fixtures/iam-policy-analysis.js';
import check from './iam_inline_policy_no_full_access_to_kms.js';

const FULL: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: ['kms:*'], Resource: ['*'] }] };

testCheck(check, [
  ...inlinePolicyCases(FULL),
  {
    name: "full access counts through '*' and NotAction; one resource or one denied action does not",
    given: ({ iam }) => {
      const add = (name: string, document: PolicyDocument) => iam.inlinePolicies.add(inlinePolicy('role', 'app', name, { document }));
      add('star', { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] });
      add('not-action', { Statement: [{ Effect: 'Allow', NotAction: ['s3:*'], Resource: ['*'] }] });
      add('one-resource', { Statement: [{ Effect: 'Allow', Action: ['kms:*'], Resource: ['arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'] }] });
      add('one-denied', { Statement: [...FULL.Statement, { Effect: 'Deny', Action: ['kms:ScheduleKeyDeletion'], Resource: ['arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'] }] });
    },
    expect: [
      { status: 'FAIL', resource: 'app/star', detail: "allows 'kms:*'" },
      { status: 'FAIL', resource: 'app/not-action' },
      { status: 'PASS', resource: 'app/one-resource', detail: "does not allow 'kms:*'" },
      { status: 'PASS', resource: 'app/one-denied' },
    ],
  },
]);
