import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { activeOrganization, noOrganization, policyAttachment } from '../../../test/helpers/fixtures/organizations.js';
import check from './organizations_tags_policies_enabled_and_attached.js';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'a standalone account fails',
    given: ({ organizations }) => organizations.organization.add(noOrganization()),
    expect: [{ status: 'FAIL', resource: 'unknown', region: 'us-east-1' }],
  },
  {
    name: 'an organization without tag policies fails',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyAttachments.add(policyAttachment('SERVICE_CONTROL_POLICY', 'p-scp', true));
    },
    expect: [{ status: 'FAIL', resource: 'o-abc123def4', detail: 'no tag policies' }],
  },
  {
    name: 'tag policies attached nowhere fail',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyAttachments.add(policyAttachment('TAG_POLICY', 'p-tags', false));
    },
    expect: [{ status: 'FAIL', resource: 'o-abc123def4', detail: 'none of them attached' }],
  },
  {
    name: 'an attached tag policy passes, even beside an unread one',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyAttachments.add(policyAttachment('TAG_POLICY', 'p-unread', unreadBy('organizations', 'ListTargetsForPolicy', 'us-east-1')));
      organizations.policyAttachments.add(policyAttachment('TAG_POLICY', 'p-tags', true));
    },
    expect: [{ status: 'PASS', resource: 'o-abc123def4' }],
  },
  {
    name: 'an unread attachment is an error when no other tag policy is attached',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyAttachments.add(policyAttachment('TAG_POLICY', 'p-unread', unreadBy('organizations', 'ListTargetsForPolicy', 'us-east-1')));
    },
    expect: [{ status: 'ERROR', resource: 'o-abc123def4', detail: 'ListTargetsForPolicy failed' }],
  },
  {
    name: 'unlisted policies are an error',
    given: ({ organizations }) => {
      organizations.organization.add(activeOrganization());
      organizations.policyAttachments.fail({ region: 'us-east-1', operation: 'ListPolicies', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'o-abc123def4' }],
  },
]);
