import { testCheck } from '../../../test/helpers/check-cases.js';
import { iamGroup, userCredentials } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_administrator_access_with_mfa.js';

const ADMIN = { name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess' };
const CUSTOMER_ADMIN = { name: 'AdministratorAccess', arn: 'arn:aws:iam::111122223333:policy/AdministratorAccess' };
const READ_ONLY = { name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };

testCheck(check, [
  { name: 'no groups', expect: [] },
  {
    name: 'a group without policies passes',
    given: ({ iam }) => iam.groups.add(iamGroup('empty', { memberNames: ['alice'] })),
    expect: [{ status: 'PASS', resource: 'empty', region: 'us-east-1', detail: 'no policies' }],
  },
  {
    name: 'a group with other policies, or an admin policy of the account that is not AWS managed, passes',
    given: ({ iam }) => {
      iam.groups.add(iamGroup('readers', { memberNames: ['alice'], attachedPolicies: [READ_ONLY] }));
      iam.groups.add(iamGroup('lookalike', { memberNames: ['alice'], attachedPolicies: [CUSTOMER_ADMIN] }));
      iam.credentialReport.add(userCredentials('alice'));
    },
    expect: [
      { status: 'PASS', resource: 'readers', detail: 'no administrator access' },
      { status: 'PASS', resource: 'lookalike', detail: 'no administrator access' },
    ],
  },
  {
    name: 'an admin group without members passes',
    given: ({ iam }) => iam.groups.add(iamGroup('admins', { attachedPolicies: [ADMIN] })),
    expect: [{ status: 'PASS', resource: 'admins', detail: 'has no users' }],
  },
  {
    name: 'an admin group whose members all have MFA passes',
    given: ({ iam }) => {
      iam.groups.add(iamGroup('admins', { memberNames: ['alice', 'bob'], attachedPolicies: [READ_ONLY, ADMIN] }));
      iam.credentialReport.add(userCredentials('alice', { mfaActive: true }));
      iam.credentialReport.add(userCredentials('bob', { mfaActive: true }));
    },
    expect: [{ status: 'PASS', resource: 'admins', detail: 'only to users with MFA' }],
  },
  {
    name: 'an admin group with a member without MFA fails',
    given: ({ iam }) => {
      iam.groups.add(iamGroup('admins', { memberNames: ['alice', 'bob', 'ghost'], attachedPolicies: [ADMIN] }));
      iam.credentialReport.add(userCredentials('alice', { mfaActive: true }));
      iam.credentialReport.add(userCredentials('bob'));
    },
    expect: [{ status: 'FAIL', resource: 'admins', detail: 'without MFA: bob' }],
  },
  {
    name: 'an unread credential report is an error for admin groups with members only',
    given: ({ iam }) => {
      iam.groups.add(iamGroup('admins', { memberNames: ['alice'], attachedPolicies: [ADMIN] }));
      iam.groups.add(iamGroup('readers', { memberNames: ['alice'], attachedPolicies: [READ_ONLY] }));
      iam.credentialReport.fail({ region: 'us-east-1', operation: 'GetCredentialReport', message: 'AccessDenied: denied' });
    },
    expect: [
      { status: 'ERROR', resource: 'admins', detail: 'GetCredentialReport failed' },
      { status: 'PASS', resource: 'readers' },
    ],
  },
  {
    name: 'unlisted groups are an error',
    given: ({ iam }) => iam.groups.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
