import type { AttachedPolicy } from '../../../src/services/iam/iam.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import { iamRole } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_support_role_created.js';

const SUPPORT: AttachedPolicy = { name: 'AWSSupportAccess', arn: 'arn:aws:iam::aws:policy/AWSSupportAccess' };
const READ_ONLY: AttachedPolicy = { name: 'ReadOnlyAccess', arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' };

testCheck(check, [
  {
    name: 'an account without roles fails',
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'No IAM role' }],
  },
  {
    name: 'a role with AWSSupportAccess passes',
    given: ({ iam }) => {
      iam.roles.add(iamRole('auditor', { attachedPolicies: [READ_ONLY] }));
      iam.roles.add(iamRole('support', { attachedPolicies: [READ_ONLY, SUPPORT] }));
    },
    expect: [{ status: 'PASS', resource: '111122223333', detail: 'Role support' }],
  },
  {
    name: 'roles without it fail',
    given: ({ iam }) => iam.roles.add(iamRole('auditor', { attachedPolicies: [READ_ONLY, { ...SUPPORT, arn: 'arn:aws:iam::111122223333:policy/AWSSupportAccess' }] })),
    expect: [{ status: 'FAIL', resource: '111122223333' }],
  },
  {
    name: 'unlisted roles are an error, not a failure',
    given: ({ iam }) => {
      iam.roles.add(iamRole('auditor', { attachedPolicies: [READ_ONLY] }));
      iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'GetAccountAuthorizationDetails failed' }],
  },
]);
