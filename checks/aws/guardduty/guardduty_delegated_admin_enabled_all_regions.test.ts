import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { detectorOrganization, settings } from '../../../test/helpers/fixtures/guardduty.js';
import check from './guardduty_delegated_admin_enabled_all_regions.js';

testCheck(check, [
  { name: 'no detectors listed', expect: [] },
  {
    name: 'a delegated administrator, a running detector and auto-enable pass',
    given: ({ guardduty }) => guardduty.detectorOrganization.add(detectorOrganization('d-1')),
    expect: [{ status: 'PASS', resource: 'd-1', region: 'eu-west-1' }],
  },
  {
    name: 'NEW members auto-enabled is enough',
    given: ({ guardduty }) => guardduty.detectorOrganization.add(detectorOrganization('d-1', { autoEnableMembers: 'NEW' })),
    expect: [{ status: 'PASS', resource: 'd-1' }],
  },
  {
    name: 'each missing piece is named',
    given: ({ guardduty }) =>
      guardduty.detectorOrganization.add(detectorOrganization('d-1', { delegatedAdministrator: false, settings: settings({ enabled: false }), autoEnableMembers: 'NONE' })),
    expect: [{ status: 'FAIL', resource: 'd-1', detail: 'no delegated administrator configured, detector not enabled, organization auto-enable not configured.' }],
  },
  {
    name: 'a region without a detector fails, the organization configuration being unavailable there',
    given: ({ guardduty }) => guardduty.detectorOrganization.add(detectorOrganization('detector/unknown', { region: 'us-east-1' })),
    expect: [{ status: 'FAIL', resource: 'detector/unknown', region: 'us-east-1', detail: 'has issues: detector not enabled.' }],
  },
  {
    name: 'an organization configuration the account may not read raises no issue',
    given: ({ guardduty }) => guardduty.detectorOrganization.add(detectorOrganization('d-1', { autoEnableMembers: null })),
    expect: [{ status: 'PASS', resource: 'd-1' }],
  },
  {
    name: 'an administrator the account may not ask about leaves a sound region to manual review',
    given: ({ guardduty }) => guardduty.detectorOrganization.add(detectorOrganization('d-1', { delegatedAdministrator: null })),
    expect: [{ status: 'MANUAL', resource: 'd-1', detail: 'could not be told' }],
  },
  {
    name: 'an administrator the account may not ask about is noted on a failing region',
    given: ({ guardduty }) => guardduty.detectorOrganization.add(detectorOrganization('d-1', { delegatedAdministrator: null, autoEnableMembers: 'NONE' })),
    expect: [{ status: 'FAIL', resource: 'd-1', detail: /auto-enable not configured; whether it has a delegated administrator could not be told/ }],
  },
  {
    name: 'unread organization data is an error',
    given: ({ guardduty }) => {
      guardduty.detectorOrganization.add(detectorOrganization('d-1', { delegatedAdministrator: unreadBy('guardduty', 'ListOrganizationAdminAccounts') }));
      guardduty.detectorOrganization.add(detectorOrganization('d-2', { region: 'us-east-1', autoEnableMembers: unreadBy('guardduty', 'DescribeOrganizationConfiguration', 'us-east-1') }));
    },
    expect: [
      { status: 'ERROR', resource: 'd-1', detail: 'ListOrganizationAdminAccounts' },
      { status: 'ERROR', resource: 'd-2', detail: 'DescribeOrganizationConfiguration' },
    ],
  },
  {
    name: 'a region whose detectors could not be listed is an error there',
    given: ({ guardduty }) => guardduty.detectorOrganization.fail({ region: 'eu-west-1', operation: 'ListDetectors', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'guardduty:ListDetectors', region: 'eu-west-1' }],
  },
]);
