import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { detectorAdministration } from '../../../test/helpers/fixtures/guardduty.js';
import check from './guardduty_centrally_managed.js';

testCheck(check, [
  { name: 'no detectors listed', expect: [] },
  {
    name: 'a detector managed by an administrator passes',
    given: ({ guardduty }) => guardduty.detectorAdministration.add(detectorAdministration('d-1', { administratorAccount: '999988887777' })),
    expect: [{ status: 'PASS', resource: 'd-1', detail: 'by account 999988887777' }],
  },
  {
    name: 'an administrator of members passes',
    given: ({ guardduty }) => guardduty.detectorAdministration.add(detectorAdministration('d-1', { memberAccounts: ['444455556666', '777788889999'] })),
    expect: [{ status: 'PASS', resource: 'd-1', detail: '2 member accounts' }],
  },
  {
    name: 'a standalone detector fails',
    given: ({ guardduty }) => guardduty.detectorAdministration.add(detectorAdministration('d-1', { region: 'us-east-1' })),
    expect: [{ status: 'FAIL', resource: 'd-1', region: 'us-east-1' }],
  },
  {
    name: 'a known administrator passes though the members could not be read',
    given: ({ guardduty }) =>
      guardduty.detectorAdministration.add(detectorAdministration('d-1', { administratorAccount: '999988887777', memberAccounts: unreadBy('guardduty', 'ListMembers') })),
    expect: [{ status: 'PASS', resource: 'd-1' }],
  },
  {
    name: 'unread members without an administrator are an error',
    given: ({ guardduty }) => guardduty.detectorAdministration.add(detectorAdministration('d-1', { memberAccounts: unreadBy('guardduty', 'ListMembers') })),
    expect: [{ status: 'ERROR', resource: 'd-1', detail: 'ListMembers' }],
  },
  {
    name: 'an unread administrator is an error',
    given: ({ guardduty }) => guardduty.detectorAdministration.add(detectorAdministration('d-1', { administratorAccount: unreadBy('guardduty', 'GetAdministratorAccount') })),
    expect: [{ status: 'ERROR', resource: 'd-1', detail: 'GetAdministratorAccount' }],
  },
  {
    name: 'a region whose detectors could not be listed is an error there',
    given: ({ guardduty }) => guardduty.detectorAdministration.fail({ region: 'eu-west-1', operation: 'ListDetectors', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'guardduty:ListDetectors', region: 'eu-west-1' }],
  },
]);
