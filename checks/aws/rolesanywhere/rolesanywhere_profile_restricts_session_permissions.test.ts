import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { fixtureArn, unreadBy } from '../../../test/helpers/fixtures/account.js';
import { awsManagedPolicy, customerManagedPolicy, iamRole, inlinePolicy } from '../../../test/helpers/fixtures/iam.js';
import { profile } from '../../../test/helpers/fixtures/rolesanywhere.js';
import type { PolicyDocument } from '../../../src/services/policy.js';
import type { RolesAnywhereProfile } from '../../../src/services/rolesanywhere/rolesanywhere.js';
import type { Given } from '../../../test/helpers/fixtures/account.js';
import check from './rolesanywhere_profile_restricts_session_permissions.js';

const ADMIN_ARN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const allow = (actions: string[], resources = ['*']): PolicyDocument => ({ Statement: [{ Effect: 'Allow', Action: actions, Resource: resources }] });

/** The IAM data every case shares: an administrative role, a limited one, and the policies they use. */
function givenIam(data: Parameters<NonNullable<CheckCase<typeof check.uses>['given']>>[0]): void {
  data.iam.roles.add(iamRole('admin', { attachedPolicies: [{ name: 'AdministratorAccess', arn: ADMIN_ARN }] }));
  data.iam.roles.add(iamRole('reader', { attachedPolicies: [{ name: 'limited', arn: fixtureArn('iam', '', 'policy/limited') }], inlinePolicyNames: ['extra'] }));
  data.iam.roles.add(iamRole('split', { attachedPolicies: [{ name: 'all-but-iam', arn: fixtureArn('iam', '', 'policy/all-but-iam') }, { name: 'iam-only', arn: fixtureArn('iam', '', 'policy/iam-only') }] }));
  data.iam.roles.add(
    iamRole('bounded', { attachedPolicies: [{ name: 'AdministratorAccess', arn: ADMIN_ARN }], permissionsBoundaryArn: fixtureArn('iam', '', 'policy/limited') }),
  );
  data.iam.roles.add(iamRole('conditional', { attachedPolicies: [{ name: 'maybe', arn: fixtureArn('iam', '', 'policy/maybe') }] }));
  data.iam.managedPolicies.add(awsManagedPolicy('AdministratorAccess', { document: allow(['*']) }));
  data.iam.managedPolicies.add(customerManagedPolicy('limited'));
  data.iam.managedPolicies.add(customerManagedPolicy('all-but-iam', { document: { Statement: [{ Effect: 'Allow', NotAction: ['iam:*'], Resource: ['*'] }] } }));
  data.iam.managedPolicies.add(customerManagedPolicy('iam-only', { document: allow(['iam:*']) }));
  data.iam.managedPolicies.add(customerManagedPolicy('maybe', { document: { Statement: [{ Effect: 'Allow', Action: ['*'], Resource: ['*'], Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] } }));
  data.iam.managedPolicies.add(customerManagedPolicy('deny-s3', { document: { Statement: [{ Effect: 'Deny', Action: ['s3:*'], Resource: ['arn:aws:s3:::secrets'] }] } }));
  data.iam.inlinePolicies.add(inlinePolicy('role', 'reader', 'extra'));
}

const row = (name: string, roleName: string, overrides: Given<RolesAnywhereProfile>, status: 'PASS' | 'FAIL' | 'MANUAL', detail: string): CheckCase<typeof check.uses> => ({
  name,
  given: (data) => {
    givenIam(data);
    data.rolesanywhere.profiles.add(profile('p1', roleName, overrides));
  },
  expect: [{ status, resource: 'p1', region: 'eu-west-1', detail }],
});

testCheck(check, [
  { name: 'no profiles', expect: [] },
  row('an unscoped profile vending an administrative role fails', 'admin', {}, 'FAIL', 'administrative role arn:aws:iam::111122223333:role/admin'),
  row('a disabled profile passes', 'admin', { enabled: false }, 'PASS', 'is disabled'),
  row('a limited managed session policy passes', 'admin', { managedPolicyArns: [fixtureArn('iam', '', 'policy/limited')] }, 'PASS', 'restricts its sessions'),
  row('an inline session policy short of *:* passes', 'admin', { sessionPolicy: allow(['s3:GetObject']) }, 'PASS', 'restricts its sessions'),
  row('AdministratorAccess as session policy scopes nothing', 'admin', { managedPolicyArns: [ADMIN_ARN] }, 'FAIL', 'administrative role'),
  row('a session policy that allows everything but denies some actions scopes sessions', 'admin', { managedPolicyArns: [ADMIN_ARN, fixtureArn('iam', '', 'policy/deny-s3')] }, 'PASS', 'restricts its sessions'),
  row('an invalid session policy is left to a person', 'admin', { sessionPolicy: 'invalid' }, 'MANUAL', 'invalid or could not be resolved'),
  row('an unknown managed session policy is left to a person', 'admin', { managedPolicyArns: [fixtureArn('iam', '', 'policy/unknown')] }, 'MANUAL', 'could not be resolved'),
  row('an unscoped profile vending a limited role passes', 'reader', {}, 'PASS', 'none of its roles is administrative'),
  row('an administrative role held within a limited permissions boundary passes', 'bounded', {}, 'PASS', 'none of its roles is administrative'),
  row('NotAction everything-but-iam completed by iam:* is administrative', 'split', {}, 'FAIL', 'administrative role'),
  row('a conditional grant of everything is left to a person', 'conditional', {}, 'MANUAL', 'could not be evaluated'),
  row('a role that does not exist is left to a person', 'ghost', {}, 'MANUAL', 'role/ghost could not be evaluated'),
  {
    name: 'an administrative role is found even when another role policy could not be read',
    given: (data) => {
      givenIam(data);
      data.iam.inlinePolicies.add(inlinePolicy('role', 'reader', 'extra', { document: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') }));
      data.rolesanywhere.profiles.add(profile('p1', 'reader', { roleArns: [fixtureArn('iam', '', 'role/reader'), fixtureArn('iam', '', 'role/admin')] }));
    },
    expect: [{ status: 'FAIL', resource: 'p1', detail: 'role/admin' }],
  },
  {
    name: 'a role policy that could not be read is an error when it decides',
    given: (data) => {
      givenIam(data);
      data.iam.inlinePolicies.add(inlinePolicy('role', 'reader', 'extra', { document: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') }));
      data.rolesanywhere.profiles.add(profile('p1', 'reader'));
    },
    expect: [{ status: 'ERROR', resource: 'p1', detail: 'GetAccountAuthorizationDetails failed' }],
  },
  {
    name: 'IAM roles that could not be listed are an error',
    given: (data) => {
      data.iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' });
      data.rolesanywhere.profiles.add(profile('p1', 'admin'));
    },
    expect: [{ status: 'ERROR', resource: 'p1', detail: 'GetAccountAuthorizationDetails failed' }],
  },
  {
    name: 'a region whose profiles could not be listed is an error there',
    given: ({ rolesanywhere }) => rolesanywhere.profiles.fail({ region: 'eu-west-1', operation: 'ListProfiles', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'rolesanywhere:ListProfiles', region: 'eu-west-1' }],
  },
]);
