import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { awsManagedPolicy, customerManagedPolicy } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_customer_unattached_policy_no_administrative_privileges.js';

const ADMIN: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] };
const unattached = (name: string, document: PolicyDocument) => customerManagedPolicy(name, { attachmentCount: 0, document });

testCheck(check, [
  { name: 'no policies', expect: [] },
  {
    name: 'an unattached limited policy passes',
    given: ({ iam }) => iam.managedPolicies.add(customerManagedPolicy('spare', { attachmentCount: 0 })),
    expect: [{ status: 'PASS', resource: 'spare', region: 'us-east-1', detail: 'does not allow' }],
  },
  {
    name: "an unattached '*:*' policy fails, whether or not unused resources are scanned",
    given: ({ iam }) => iam.managedPolicies.add(unattached('god-mode', ADMIN)),
    options: { scanUnusedServices: false },
    expect: [{ status: 'FAIL', resource: 'god-mode', detail: "allows '*:*'" }],
  },
  {
    name: "Prowler's reading of '*:*', with NotActions naming services outside its list",
    given: ({ iam }) => {
      const read = { Effect: 'Allow' as const, Action: ['s3:GetObject'], Resource: ['*'] };
      iam.managedPolicies.add(unattached('not-action-only', { Statement: [{ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] }] }));
      iam.managedPolicies.add(unattached('not-action-unknown-service', { Statement: [{ Effect: 'Allow', NotAction: ['sso:*'], Resource: ['*'] }, read] }));
      iam.managedPolicies.add(unattached('not-action-known-service', { Statement: [{ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] }, read] }));
      iam.managedPolicies.add(unattached('denied-after', { Statement: [...ADMIN.Statement, { Effect: 'Deny', Action: ['*'], Resource: ['*'] }] }));
    },
    expect: [
      { status: 'FAIL', resource: 'not-action-only' },
      { status: 'FAIL', resource: 'not-action-unknown-service' },
      { status: 'PASS', resource: 'not-action-known-service' },
      { status: 'FAIL', resource: 'denied-after' },
    ],
  },
  {
    name: 'attached and AWS managed policies are out of scope',
    given: ({ iam }) => {
      iam.managedPolicies.add(customerManagedPolicy('in-use', { attachmentCount: 1, document: ADMIN }));
      iam.managedPolicies.add(awsManagedPolicy('AdministratorAccess', { attachmentCount: 0, document: ADMIN }));
    },
    expect: [],
  },
  {
    name: 'an unreadable document is an error',
    given: ({ iam }) => iam.managedPolicies.add(customerManagedPolicy('odd', { attachmentCount: 0, document: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'odd' }],
  },
  {
    name: 'unlisted policies are an error',
    given: ({ iam }) => iam.managedPolicies.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
