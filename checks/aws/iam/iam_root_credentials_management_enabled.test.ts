import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { organizationsFeatures } from '../../../test/helpers/fixtures/iam.js';
import { activeOrganization, noOrganization } from '../../../test/helpers/fixtures/organizations.js';
import check from './iam_root_credentials_management_enabled.js';

testCheck(check, [
  { name: 'nothing read: no organization to judge', expect: [] },
  {
    name: 'a standalone account is not judged',
    given: ({ iam, organizations }) => {
      organizations.organization.add(noOrganization());
      iam.organizationsFeatures.add(organizationsFeatures([]));
    },
    expect: [],
  },
  {
    name: 'root credentials management on passes',
    given: ({ iam, organizations }) => {
      organizations.organization.add(activeOrganization());
      iam.organizationsFeatures.add(organizationsFeatures(['RootCredentialsManagement', 'RootSessions']));
    },
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1' }],
  },
  {
    name: 'root credentials management off fails',
    given: ({ iam, organizations }) => {
      organizations.organization.add(activeOrganization());
      iam.organizationsFeatures.add(organizationsFeatures(['RootSessions']));
    },
    expect: [{ status: 'FAIL', resource: '111122223333', detail: 'not enabled' }],
  },
  {
    name: 'a member account that may not read the features is not judged',
    given: ({ iam, organizations }) => {
      organizations.organization.add(activeOrganization());
      iam.organizationsFeatures.add(organizationsFeatures(null));
    },
    expect: [],
  },
  {
    name: 'unread features are an error',
    given: ({ iam, organizations }) => {
      organizations.organization.add(activeOrganization());
      iam.organizationsFeatures.add(organizationsFeatures(unreadBy('iam', 'ListOrganizationsFeatures', 'us-east-1')));
    },
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'ListOrganizationsFeatures failed' }],
  },
  {
    name: 'an undescribed organization is an error',
    given: ({ iam, organizations }) => {
      organizations.organization.fail({ region: 'us-east-1', operation: 'DescribeOrganization', message: 'AccessDenied: denied' });
      iam.organizationsFeatures.add(organizationsFeatures([]));
    },
    expect: [{ status: 'ERROR', resource: '111122223333', detail: 'DescribeOrganization failed' }],
  },
]);
