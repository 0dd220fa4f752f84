import { testCheck } from '../../../test/helpers/check-cases.js';
import { iamRole } from '../../../test/helpers/fixtures/iam.js';
import check from './iam_securityaudit_role_created.js';

const SECURITY_AUDIT = { name: 'SecurityAudit', arn: 'arn:aws:iam::aws:policy/SecurityAudit' };

testCheck(check, [
  { name: 'an account without roles fails', expect: [{ status: 'FAIL', resource: 'SecurityAudit', region: 'us-east-1', detail: 'No IAM role' }] },
  {
    name: 'a role with SecurityAudit passes',
    given: ({ iam }) => {
      iam.roles.add(iamRole('ops'));
      iam.roles.add(iamRole('auditor', { attachedPolicies: [SECURITY_AUDIT] }));
    },
    expect: [{ status: 'PASS', resource: 'SecurityAudit', detail: 'Role auditor' }],
  },
  {
    name: 'a customer policy of the same name does not count',
    given: ({ iam }) => iam.roles.add(iamRole('auditor', { attachedPolicies: [{ ...SECURITY_AUDIT, arn: 'arn:aws:iam::111122223333:policy/SecurityAudit' }] })),
    expect: [{ status: 'FAIL', resource: 'SecurityAudit' }],
  },
  {
    name: 'unlisted roles are an error',
    given: ({ iam }) => iam.roles.fail({ region: 'us-east-1', operation: 'GetAccountAuthorizationDetails', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'SecurityAudit' }],
  },
]);
