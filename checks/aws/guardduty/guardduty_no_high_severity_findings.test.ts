import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { detectorFindings } from '../../../test/helpers/fixtures/guardduty.js';
import check from './guardduty_no_high_severity_findings.js';

testCheck(check, [
  { name: 'no detectors listed', expect: [] },
  {
    name: 'a detector without high severity findings passes',
    given: ({ guardduty }) => guardduty.detectorFindings.add(detectorFindings('d-1')),
    expect: [{ status: 'PASS', resource: 'd-1', region: 'eu-west-1' }],
  },
  {
    name: 'a detector with high severity findings fails with their count',
    given: ({ guardduty }) => guardduty.detectorFindings.add(detectorFindings('d-1', { region: 'us-east-1', highSeverityFindings: 4 })),
    expect: [{ status: 'FAIL', resource: 'd-1', region: 'us-east-1', detail: 'has 4 high severity findings' }],
  },
  {
    name: 'unread findings are an error',
    given: ({ guardduty }) => guardduty.detectorFindings.add(detectorFindings('d-1', { highSeverityFindings: unreadBy('guardduty', 'ListFindings') })),
    expect: [{ status: 'ERROR', resource: 'd-1', detail: 'ListFindings' }],
  },
  {
    name: 'a region whose detectors could not be listed is an error there',
    given: ({ guardduty }) => guardduty.detectorFindings.fail({ region: 'eu-west-1', operation: 'ListDetectors', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'guardduty:ListDetectors', region: 'eu-west-1' }],
  },
]);
