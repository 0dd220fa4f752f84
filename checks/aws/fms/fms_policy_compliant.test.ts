import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { administration, fmsPolicy, member } from '../../../test/helpers/fixtures/fms.js';
import check from './fms_policy_compliant.js';

const ACCOUNT = '111122223333';
const MEMBER = '444455556666';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'an account that is not the administrator gets no finding',
    given: ({ fms }) => fms.administration.add(administration({ administrator: false, policies: [] })),
    expect: [],
  },
  {
    name: 'an administrator without policies fails, on the account',
    given: ({ fms }) => fms.administration.add(administration({ policies: [] })),
    expect: [{ status: 'FAIL', resource: ACCOUNT, region: 'us-east-1', detail: `Firewall Manager has no policy for account ${ACCOUNT}` }],
  },
  {
    name: 'policies every member complies with pass, on the account',
    given: ({ fms }) => fms.administration.add(administration({ policies: [fmsPolicy('p-1'), fmsPolicy('p-2', [member(MEMBER, 'COMPLIANT')])] })),
    expect: [{ status: 'PASS', resource: ACCOUNT, region: 'us-east-1' }],
  },
  {
    name: 'a policy nobody is evaluated against passes',
    given: ({ fms }) => fms.administration.add(administration({ policies: [fmsPolicy('p-1', [])] })),
    expect: [{ status: 'PASS', resource: ACCOUNT }],
  },
  {
    name: 'only the first breached policy is reported, on that policy',
    given: ({ fms }) =>
      fms.administration.add(
        administration({
          policies: [
            fmsPolicy('p-1'),
            fmsPolicy('p-2', [member(ACCOUNT, 'COMPLIANT'), member(MEMBER, 'NON_COMPLIANT')]),
            fmsPolicy('p-3', [member(ACCOUNT, 'NON_COMPLIANT')]),
          ],
        }),
      ),
    expect: [{ status: 'FAIL', resource: 'p-2', region: 'us-east-1', detail: `Account ${MEMBER} does not comply with Firewall Manager policy policy-p-2` }],
  },
  {
    name: 'a member not yet evaluated counts as non-compliant',
    given: ({ fms }) => fms.administration.add(administration({ policies: [fmsPolicy('p-1', [member(MEMBER, '')])] })),
    expect: [{ status: 'FAIL', resource: 'p-1' }],
  },
  {
    name: 'a breached policy settles it even when another policy could not be read',
    given: ({ fms }) =>
      fms.administration.add(
        administration({ policies: [fmsPolicy('p-1', unreadBy('fms', 'ListComplianceStatus', 'us-east-1')), fmsPolicy('p-2', [member(MEMBER, 'NON_COMPLIANT')])] }),
      ),
    expect: [{ status: 'FAIL', resource: 'p-2' }],
  },
  {
    name: 'an unread policy keeps the account from passing',
    given: ({ fms }) => fms.administration.add(administration({ policies: [fmsPolicy('p-1'), fmsPolicy('p-2', unreadBy('fms', 'ListComplianceStatus', 'us-east-1'))] })),
    expect: [{ status: 'ERROR', resource: ACCOUNT, region: 'us-east-1', detail: 'ListComplianceStatus' }],
  },
  {
    name: 'policies that could not be listed (other than "not the administrator") are an error, never a pass',
    given: ({ fms }) => fms.administration.fail({ region: 'us-east-1', operation: 'ListPolicies', message: 'AccessDeniedException: User is not authorized to perform fms:ListPolicies' }),
    expect: [{ status: 'ERROR', resource: 'fms:ListPolicies', region: 'us-east-1', detail: 'Could not list fms administration in us-east-1' }],
  },
]);
