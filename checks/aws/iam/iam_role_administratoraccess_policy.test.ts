import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { iamRole, serviceRole } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_role_administratoraccess_policy.js';

const ADMIN = { name: 'AdministratorAccess', arn: 'arn:aws:iam::aws:policy/AdministratorAccess' };

testCheck(check, [
  { name: 'no roles', expect: [] },
  {
    name: 'roles people assume are judged; service roles are not',
    given: ({ iam }) => {
      iam.roles.add(iamRole('plain'));
      iam.roles.add(iamRole('admin', { attachedPolicies: [ADMIN] }));
      iam.roles.add(serviceRole('lambda-admin', 'lambda.amazonaws.com', { attachedPolicies: [ADMIN] }));
    },
    expect: [
      { status: 'PASS', resource: 'plain', region: 'us-east-1' },
      { status: 'FAIL', resource: 'admin', detail: 'has the AdministratorAccess policy' },
    ],
  },
  {
    name: 'a role whose trust policy could not be read is an error',
    given: ({ iam }) => iam.roles.add(iamRole('admin', { attachedPolicies: [ADMIN], isServiceRole: unreadBy('iam', 'GetAccountAuthorizationDetails', 'us-east-1') })),
    expect: [{ status: 'ERROR', resource: 'admin' }],
  },
  {
    name: 'unlisted roles are an error',
    given: ({ iam }) => iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'iam:GetAccountAuthorizationDetails' }],
  },
]);
