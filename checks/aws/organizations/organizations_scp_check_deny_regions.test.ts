import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { activeOrganization, noOrganization, policyContent, regionDenyingScp } from '../../../test/helpers/fixtures/organizations.js';
import check from './organizations_scp_check_deny_regions.js';

const FULL_ACCESS = { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: '*' } };

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'a standalone account fails',
    given: ({ organizations }) => organizations.organization.add(noOrganization()),
    expect: [{ status: 'FAIL', resource: 'unknown', region: 'us-east-1' }],
  },
  {
    name: 'SCPs that do not confine regions fail',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(policyContent('SERVICE_CONTROL_POLICY', 'p-full', FULL_ACCESS));
    },
    expect: [{ status: 'FAIL', resource: 'o-abc123def4', detail: 'no SCP that confines regions' }],
  },
  {
    name: 'any region-denying SCP passes when no regions are configured',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(regionDenyingScp('p-regions', ['us-east-1']));
    },
    expect: [{ status: 'PASS', resource: 'o-abc123def4', detail: 'p-regions' }],
  },
  {
    name: 'an SCP naming every configured region passes, one naming only some fails',
    config: { organizations_enabled_regions: ['eu-west-1', 'eu-central-1'] },
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(regionDenyingScp('p-some', ['eu-west-1']));
    },
    expect: [{ status: 'FAIL', resource: 'o-abc123def4', detail: 'none covers every configured region' }],
  },
  {
    name: 'an Allow confined to the configured regions passes; a single region string is matched as a substring',
    config: { organizations_enabled_regions: ['eu-west-1'] },
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(regionDenyingScp('p-some', ['us-east-1']));
      organizations.policyContents.add(
        policyContent('SERVICE_CONTROL_POLICY', 'p-allow', {
          Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }],
        }),
      );
    },
    expect: [{ status: 'PASS', resource: 'o-abc123def4', detail: 'p-allow' }],
  },
  {
    name: 'tag and opt-out policies are not weighed',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(policyContent('TAG_POLICY', 'p-tags', regionDenyingScp('x', []).content));
    },
    expect: [{ status: 'FAIL', resource: 'o-abc123def4' }],
  },
  {
    name: 'an unread SCP is an error unless another one passes',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.add(policyContent('SERVICE_CONTROL_POLICY', 'p-unread', unreadBy('organizations', 'DescribePolicy', 'us-east-1')));
      organizations.policyContents.add(policyContent('SERVICE_CONTROL_POLICY', 'p-full', FULL_ACCESS));
    },
    expect: [{ status: 'ERROR', resource: 'o-abc123def4', detail: 'DescribePolicy failed' }],
  },
  {
    name: 'unlisted policies are an error',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyContents.fail({ region: 'us-east-1', operation: 'ListPolicies', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'o-abc123def4' }],
  },
]);
