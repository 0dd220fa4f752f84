import { testCheck } from '../../../test/helpers/check-cases.js';
import { activeOrganization, noOrganization } from '../../../test/helpers/fixtures/organizations.js';
import check from './organizations_account_part_of_organizations.js';

testCheck(check, [
  { name: 'nothing read', expect: [] },
  {
    name: 'a member account passes',
    given: ({ organizations }) => organizations.organization.add(activeOrganization()),
    expect: [{ status: 'PASS', resource: 'o-abc123def4', region: 'us-east-1', detail: 'o-abc123def4' }],
  },
  {
    name: 'a standalone account fails under the placeholder organization',
    given: ({ organizations }) => organizations.organization.add(noOrganization()),
    expect: [{ status: 'FAIL', resource: 'unknown', region: 'us-east-1' }],
  },
  {
    name: 'an undescribed organization is an error',
    given: ({ organizations }) => organizations.organization.fail({ region: 'us-east-1', operation: 'DescribeOrganization', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'organizations:DescribeOrganization' }],
  },
]);
