import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configuredDetector, settings } from '../../../test/helpers/fixtures/guardduty.js';
import check from './guardduty_s3_protection_enabled.js';

testCheck(check, [
  { name: 'no detectors listed', expect: [] },
  {
    name: 'a detector with the protection on passes',
    given: ({ guardduty }) => guardduty.detectorSettings.add(configuredDetector('d-1')),
    expect: [{ status: 'PASS', resource: 'd-1', region: 'eu-west-1' }],
  },
  {
    name: 'a detector with the protection off fails',
    given: ({ guardduty }) => guardduty.detectorSettings.add(configuredDetector('d-1', { region: 'us-east-1', settings: settings({ s3Protection: false }) })),
    expect: [{ status: 'FAIL', resource: 'd-1', region: 'us-east-1' }],
  },
  {
    name: 'suspended detectors and regions without one are left to guardduty_is_enabled',
    given: ({ guardduty }) => {
      guardduty.detectorSettings.add(configuredDetector('d-1', { settings: settings({ enabled: false, s3Protection: false }) }));
      guardduty.detectorSettings.add(configuredDetector('detector/unknown', { region: 'us-east-1' }));
    },
    expect: [],
  },
  {
    name: 'unread detector settings are an error',
    given: ({ guardduty }) => guardduty.detectorSettings.add(configuredDetector('d-1', { settings: unreadBy('guardduty', 'GetDetector') })),
    expect: [{ status: 'ERROR', resource: 'd-1', detail: 'GetDetector' }],
  },
  {
    name: 'a region whose detectors could not be listed is an error there',
    given: ({ guardduty }) => guardduty.detectorSettings.fail({ region: 'us-east-1', operation: 'ListDetectors', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'guardduty:ListDetectors', region: 'us-east-1' }],
  },
]);
