import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { administrator, hub, noHub, organizationConfiguration } from '../../../test/helpers/fixtures/securityhub.js';
import type { SecurityHubAdministrator } from '../../../src/services/securityhub/securityhub.js';
import check from './securityhub_delegated_admin_enabled_all_regions.js';

type Row = { name: string; active: boolean; autoEnable?: boolean | null; admin: SecurityHubAdministrator['state']; status: 'PASS' | 'FAIL' | 'MANUAL'; detail: string };

const rows: Row[] = [
  { name: 'everything in place passes', active: true, autoEnable: true, admin: 'enabled', status: 'PASS', detail: 'has a delegated administrator' },
  { name: 'no delegated administrator fails', active: true, autoEnable: true, admin: 'none', status: 'FAIL', detail: 'no delegated administrator configured' },
  { name: 'auto-enable off fails', active: true, autoEnable: false, admin: 'enabled', status: 'FAIL', detail: 'organization auto-enable not configured' },
  { name: 'an unreadable organization configuration is no issue', active: true, autoEnable: null, admin: 'enabled', status: 'PASS', detail: 'has a delegated administrator' },
  { name: 'Security Hub off fails', active: false, admin: 'enabled', status: 'FAIL', detail: 'Security Hub not enabled' },
  { name: 'an unknown administrator alone is left to a person', active: true, autoEnable: true, admin: 'unknown', status: 'MANUAL', detail: 'could not be determined' },
  { name: 'an unknown administrator with Security Hub off fails', active: false, admin: 'unknown', status: 'FAIL', detail: 'Security Hub not enabled; whether it has a delegated administrator could not be determined' },
];

testCheck(check, [
  { name: 'no regions read', expect: [] },
  ...rows.map(
    ({ name, active, autoEnable, admin, status, detail }): CheckCase<typeof check.uses> => ({
      name,
      given: ({ securityhub }) => {
        securityhub.hubs.add(active ? hub() : noHub());
        if (active) securityhub.organizationConfigurations.add(organizationConfiguration('eu-west-1', { autoEnable: autoEnable ?? null }));
        securityhub.administrators.add(administrator(admin));
      },
      expect: [{ status, resource: active ? 'default' : 'hub/unknown', region: 'eu-west-1', detail }],
    }),
  ),
  {
    name: 'an organization configuration that could not be read is an error',
    given: ({ securityhub }) => {
      securityhub.hubs.add(hub());
      securityhub.organizationConfigurations.add(organizationConfiguration('eu-west-1', { autoEnable: unreadBy('securityhub', 'DescribeOrganizationConfiguration') }));
      securityhub.administrators.add(administrator('enabled'));
    },
    expect: [{ status: 'ERROR', resource: 'default', detail: 'DescribeOrganizationConfiguration failed' }],
  },
  {
    name: 'administrators that could not be listed are an error in that region',
    given: ({ securityhub }) => {
      securityhub.hubs.add(hub());
      securityhub.organizationConfigurations.add(organizationConfiguration());
      securityhub.administrators.fail({ region: 'eu-west-1', operation: 'ListOrganizationAdminAccounts', message: 'ThrottlingException: slow down' });
    },
    expect: [{ status: 'ERROR', resource: 'default', detail: 'ListOrganizationAdminAccounts failed' }],
  },
  {
    name: 'a region where DescribeHub failed is an error there',
    given: ({ securityhub }) => securityhub.hubs.fail({ region: 'eu-west-1', operation: 'DescribeHub', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'securityhub:DescribeHub', region: 'eu-west-1' }],
  },
]);
