import type { PolicyDocument } from '../../../src/services/policy.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { awsManagedPolicy, customerManagedPolicy } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_aws_attached_policy_no_administrative_privileges.js';

const ADMIN: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'] }] };
const READ_ONLY: PolicyDocument = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: ['*'] }] };

testCheck(check, [
  { name: 'no policies', expect: [] },
  {
    name: 'an attached policy without full access passes',
    given: ({ iam }) => iam.managedPolicies.add(awsManagedPolicy('ReadOnlyAccess', { document: READ_ONLY })),
    expect: [{ status: 'PASS', resource: 'ReadOnlyAccess', region: 'us-east-1', detail: "does not allow '*:*'" }],
  },
  {
    name: 'attached AdministratorAccess fails',
    given: ({ iam }) => iam.managedPolicies.add(awsManagedPolicy('AdministratorAccess', { document: ADMIN })),
    expect: [{ status: 'FAIL', resource: 'AdministratorAccess', detail: "allows '*:*'" }],
  },
  {
    name: 'unattached AWS policies and customer policies are out of scope',
    given: ({ iam }) => {
      iam.managedPolicies.add(awsManagedPolicy('AdministratorAccess', { document: ADMIN, attachmentCount: 0 }));
      iam.managedPolicies.add(customerManagedPolicy('mine', { document: ADMIN }));
    },
    expect: [],
  },
  {
    name: 'an unreadable document is an error',
    given: ({ iam }) => {
      const policy = awsManagedPolicy('Weird', { document: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') });
      iam.managedPolicies.add(policy);
    },
    expect: [{ status: 'ERROR', resource: 'Weird' }],
  },
  {
    name: 'unlisted policies are an error',
    given: ({ iam }) =>
      iam.managedPolicies.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
