import type { PolicyDocument, PolicyStatement } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { customerManagedPolicy } from '../../../test/helpers/fixtures/iam.js';
import { customPolicyCases } from '../../../test/helpers/fixtures/iam-policy-analysis.js';
import check from './iam_no_custom_policy_permissive_role_assumption.js';

const ASSUME_ANY: PolicyStatement = { Effect: 'Allow', Action: ['sts:AssumeRole'], Resource: ['*'] };
const ROLE = 'arn:aws:iam::222233334444:role/deployer';

testCheck(check, [
  ...customPolicyCases({ Statement: [ASSUME_ANY] }),
  {
    name: 'actions are compared as written; any "*" inside a resource counts',
    given: ({ iam }) => {
      const add = (name: string, ...Statement: PolicyStatement[]) => iam.managedPolicies.add(customerManagedPolicy(name, { document: { Statement } satisfies PolicyDocument }));
      add('sts-star', { ...ASSUME_ANY, Action: ['sts:*'] });
      add('star-on-bucket-objects', { ...ASSUME_ANY, Action: ['*'], Resource: ['arn:aws:s3:::reports/*'] });
      add('any-role-of-an-account', { ...ASSUME_ANY, Resource: ['arn:aws:iam::222233334444:role/*'] });
      add('conditional', { ...ASSUME_ANY, Condition: { StringEquals: { 'aws:ResourceTag/team': 'ops' } } });
      add('one-role', { ...ASSUME_ANY, Resource: [ROLE] });
      add('prefix-wildcard-action', { ...ASSUME_ANY, Action: ['sts:Assume*'] });
      add('other-case-action', { ...ASSUME_ANY, Action: ['STS:AssumeRole'] });
      add('not-action', { Effect: 'Allow', NotAction: ['s3:*'], Resource: ['*'] });
      add('denied', { ...ASSUME_ANY, Effect: 'Deny' });
      add('assume-with-saml', { ...ASSUME_ANY, Action: ['sts:AssumeRoleWithSAML'] });
    },
    expect: [
      { status: 'FAIL', resource: 'sts-star', detail: 'allows sts:AssumeRole on a wildcard resource' },
      { status: 'FAIL', resource: 'star-on-bucket-objects' },
      { status: 'FAIL', resource: 'any-role-of-an-account' },
      { status: 'FAIL', resource: 'conditional' },
      { status: 'PASS', resource: 'one-role', detail: 'does not allow assuming roles on wildcard resources' },
      { status: 'PASS', resource: 'prefix-wildcard-action' },
      { status: 'PASS', resource: 'other-case-action' },
      { status: 'PASS', resource: 'not-action' },
      { status: 'PASS', resource: 'denied' },
      { status: 'PASS', resource: 'assume-with-saml' },
    ],
  },
]);
