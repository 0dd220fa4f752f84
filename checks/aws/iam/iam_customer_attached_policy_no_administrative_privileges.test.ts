import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { awsManagedPolicy, customerManagedPolicy } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_customer_attached_policy_no_administrative_privileges.js';

const ADMIN: PolicyDocument = { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] };

testCheck(check, [
  { name: 'no policies', expect: [] },
  {
    name: 'an attached limited policy passes',
    given: ({ iam }) => iam.managedPolicies.add(customerManagedPolicy('read-user', { attachmentCount: 2 })),
    expect: [{ status: 'PASS', resource: 'read-user', region: 'us-east-1' }],
  },
  {
    name: "an attached '*:*' policy fails",
    given: ({ iam }) => iam.managedPolicies.add(customerManagedPolicy('god-mode', { attachmentCount: 2, document: ADMIN })),
    expect: [{ status: 'FAIL', resource: 'god-mode', detail: "allows '*:*'" }],
  },
  {
    name: "Prowler's reading of '*:*': NotAction alone, NotResource, '*:*' resources; Deny does not undo an Allow",
    given: ({ iam }) => {
      const add = (name: string, document: PolicyDocument) => iam.managedPolicies.add(customerManagedPolicy(name, { attachmentCount: 2, document }));
      add('not-action-only', { Statement: [{ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] }] });
      add('not-resource', { Statement: [{ Effect: 'Allow', Action: ['*'], NotResource: ['arn:aws:s3:::secrets/*'] }] });
      add('star-colon-star', { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*:*'] }] });
      add('denied-after', {
        Statement: [
          { Effect: 'Allow', Action: ['*'], Resource: ['*'] },
          { Effect: 'Deny', Action: ['*'], Resource: ['*'] },
        ],
      });
      add('not-action-beside-action', {
        Statement: [
          { Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] },
          { Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['*'] },
        ],
      });
      add('star-on-one-bucket', { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['arn:aws:s3:::reports'] }] });
      add('star-among-resources', { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*', 'arn:aws:s3:::reports'] }] });
      add('not-resource-star', { Statement: [{ Effect: 'Allow', Action: ['*'], NotResource: ['*'] }] });
    },
    expect: [
      { status: 'FAIL', resource: 'not-action-only' },
      { status: 'FAIL', resource: 'not-resource' },
      { status: 'FAIL', resource: 'star-colon-star' },
      { status: 'FAIL', resource: 'denied-after' },
      { status: 'PASS', resource: 'not-action-beside-action' },
      { status: 'PASS', resource: 'star-on-one-bucket' },
      { status: 'PASS', resource: 'star-among-resources' },
      { status: 'PASS', resource: 'not-resource-star' },
    ],
  },
  {
    name: 'unattached and AWS managed policies are out of scope',
    given: ({ iam }) => {
      iam.managedPolicies.add(customerManagedPolicy('spare', { document: ADMIN, attachmentCount: 0 }));
      iam.managedPolicies.add(awsManagedPolicy('AdministratorAccess', { attachmentCount: 2, document: ADMIN }));
    },
    expect: [],
  },
  {
    name: 'an unreadable document is an error',
    given: ({ iam }) => {
      const policy = customerManagedPolicy('odd', { attachmentCount: 2, document: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') });
      iam.managedPolicies.add(policy);
    },
    expect: [{ status: 'ERROR', resource: 'odd' }],
  },
  {
    name: 'unlisted policies are an error',
    given: ({ iam }) =>
      iam.managedPolicies.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
