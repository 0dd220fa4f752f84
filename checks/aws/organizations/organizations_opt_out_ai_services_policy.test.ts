import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { activeOrganization, aiOptOutPolicy, noOrganization, policyContent, regionDenyingScp } from '../../../test/helpers/fixtures/organizations.js';
import check from './organizations_opt_out_ai_services_policy.js';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'a standalone account fails',
    given: ({ organizations }) => organizations.organization.add(noOrganization()),
    expect: [{ status: 'FAIL', resource: 'unknown', region: 'us-east-1', detail: 'does not belong' }],
  },
  {
    name: 'an organization without opt-out policies fails',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(regionDenyingScp('p-scp', ['eu-west-1']));
    },
    expect: [{ status: 'FAIL', resource: 'o-abc123def4', detail: 'no AI services opt-out policy' }],
  },
  {
    name: 'opting out without locking child policies, or locking an opt-in, fails',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(aiOptOutPolicy('p-open', 'optOut', ['@@assign']));
      organizations.policyContents.add(aiOptOutPolicy('p-optin', 'optIn', ['@@none']));
      organizations.policyContents.add(policyContent('AISERVICES_OPT_OUT_POLICY', 'p-empty', {}));
    },
    expect: [{ status: 'FAIL', resource: 'o-abc123def4', detail: 'no policy that both' }],
  },
  {
    name: 'one policy opting out and locking child policies passes',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(aiOptOutPolicy('p-open', 'optOut', ['@@assign']));
      organizations.policyContents.add(aiOptOutPolicy('p-strict', 'optOut', ['@@none']));
    },
    expect: [{ status: 'PASS', resource: 'o-abc123def4', detail: 'p-strict' }],
  },
  {
    name: 'an unread policy does not hide a passing one, but is an error otherwise',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(policyContent('AISERVICES_OPT_OUT_POLICY', 'p-unread', unreadBy('organizations', 'DescribePolicy', 'us-east-1')));
      organizations.policyContents.add(aiOptOutPolicy('p-open', 'optOut', ['@@assign']));
    },
    expect: [{ status: 'ERROR', resource: 'o-abc123def4', detail: 'DescribePolicy failed' }],
  },
  {
    name: 'unlisted policies are an error',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.fail({ region: 'us-east-1', operation: 'ListPolicies', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'o-abc123def4', detail: 'ListPolicies failed' }],
  },
]);
