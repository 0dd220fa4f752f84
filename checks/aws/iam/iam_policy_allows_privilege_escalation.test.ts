import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { customerManagedPolicy } from '../../../test/helpers/fixtures/iam.js';
import { customPolicyCases } from '../../../test/helpers/fixtures/iam-policy-analysis.js';
import check from './iam_policy_allows_privilege_escalation.js';

const PASS_ROLE_TO_LAMBDA: PolicyDocument = {
  Statement: [{ Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: ['*'] }],
};

testCheck(check, [
  ...customPolicyCases(PASS_ROLE_TO_LAMBDA),
  {
    name: 'a combination counts only in full and after Deny statements, whatever its resources',
    given: ({ iam }) => {
      const add = (name: string, document: PolicyDocument) => iam.managedPolicies.add(customerManagedPolicy(name, { document }));
      add('lambda', PASS_ROLE_TO_LAMBDA);
      add('pass-role-only', { Statement: [{ Effect: 'Allow', Action: ['iam:PassRole'], Resource: ['*'] }] });
      add('policy-version-on-one-policy', { Statement: [{ Effect: 'Allow', Action: ['iam:CreatePolicyVersion'], Resource: ['arn:aws:iam::111122223333:policy/x'] }] });
      add('denied', { Statement: [...PASS_ROLE_TO_LAMBDA.Statement, { Effect: 'Deny', Action: ['iam:PassRole'], Resource: ['arn:aws:iam::111122223333:role/x'] }] });
    },
    expect: [
      { status: 'FAIL', resource: 'lambda', detail: "through iam:PassRole, lambda:CreateFunction, lambda:InvokeFunction." },
      { status: 'PASS', resource: 'pass-role-only', detail: 'allows no known privilege escalation' },
      { status: 'FAIL', resource: 'policy-version-on-one-policy', detail: 'iam:CreatePolicyVersion' },
      { status: 'PASS', resource: 'denied' },
    ],
  },
]);
