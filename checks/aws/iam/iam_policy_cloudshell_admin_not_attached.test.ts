import { testCheck } from '../../../test/helpers/check-cases.js';
import { iamGroup, iamRole, iamUser } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_policy_cloudshell_admin_not_attached.js';

const CLOUDSHELL = { name: 'AWSCloudShellFullAccess', arn: 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess' };
const READ_ONLY = { name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };

testCheck(check, [
  { name: 'no identities passes', expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1' }] },
  {
    name: 'identities with other policies pass',
    given: ({ iam }) => {
      iam.users.add(iamUser('alice', { attachedPolicies: [READ_ONLY] }));
      iam.roles.add(iamRole('ops', { attachedPolicies: [READ_ONLY] }));
    },
    expect: [{ status: 'PASS', resource: '111122223333', detail: 'attached to no IAM identity' }],
  },
  {
    name: 'the policy attached anywhere fails, naming the holders',
    given: ({ iam }) => {
      iam.users.add(iamUser('alice', { attachedPolicies: [CLOUDSHELL] }));
      iam.users.add(iamUser('bob'));
      iam.groups.add(iamGroup('devs', { attachedPolicies: [READ_ONLY, CLOUDSHELL] }));
      iam.roles.add(iamRole('ops', { attachedPolicies: [CLOUDSHELL] }));
    },
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'users: alice; groups: devs; roles: ops' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ iam }) => iam.groups.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'GetAccountAuthorizationDetails failed' }],
  },
]);
