import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { iamRole, serviceRole, trustPolicyFor } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_role_cross_account_readonlyaccess_policy.js';

const READ_ONLY = { name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };

testCheck(check, [
  { name: 'no roles', expect: [] },
  {
    name: 'roles without ReadOnlyAccess pass; service roles are not judged',
    given: ({ iam }) => {
      iam.roles.add(iamRole('plain', { trustPolicy: trustPolicyFor({ AWS: ['arn:aws:iam::999988887777:root'] }) }));
      iam.roles.add(serviceRole('reader-service', 'ec2.amazonaws.com', { attachedPolicies: [READ_ONLY] }));
    },
    expect: [{ status: 'PASS', resource: 'plain', region: 'us-east-1', detail: 'no ReadOnlyAccess' }],
  },
  {
    name: 'ReadOnlyAccess for this account only passes',
    given: ({ iam }) => {
      iam.roles.add(iamRole('local', { attachedPolicies: [READ_ONLY] }));
      iam.roles.add(iamRole('local-id', { attachedPolicies: [READ_ONLY], trustPolicy: trustPolicyFor({ AWS: ['111122223333'] }) }));
    },
    expect: [
      { status: 'PASS', resource: 'local', detail: 'only this account' },
      { status: 'PASS', resource: 'local-id' },
    ],
  },
  {
    name: 'ReadOnlyAccess for another account, or anyone, fails',
    given: ({ iam }) => {
      iam.roles.add(iamRole('partner', { attachedPolicies: [READ_ONLY], trustPolicy: trustPolicyFor({ AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::999988887777:root'] }) }));
      iam.roles.add(iamRole('anyone', { attachedPolicies: [READ_ONLY], trustPolicy: trustPolicyFor({ AWS: ['*'] }) }));
    },
    expect: [
      { status: 'FAIL', resource: 'partner', detail: 'gives other accounts' },
      { status: 'FAIL', resource: 'anyone' },
    ],
  },
  {
    name: 'a Deny statement naming another account does not count',
    given: ({ iam }) =>
      iam.roles.add(
        iamRole('guarded', {
          attachedPolicies: [READ_ONLY],
          trustPolicy: { Statement: [{ Effect: 'Deny', Principal: { AWS: ['arn:aws:iam::999988887777:root'] }, Action: ['sts:AssumeRole'] }] },
        }),
      ),
    expect: [{ status: 'PASS', resource: 'guarded' }],
  },
  {
    name: 'an unreadable trust policy is an error for roles with ReadOnlyAccess',
    given: ({ iam }) => iam.roles.add(iamRole('partner', { attachedPolicies: [READ_ONLY], trustPolicy: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'partner' }],
  },
  {
    name: 'unlisted roles are an error',
    given: ({ iam }) => iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
