import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { inspectorFindings } from '../../../test/helpers/fixtures/inspector2.js';
import check from './inspector2_active_findings_exist.js';

testCheck(check, [
  { name: 'no region with Inspector enabled', expect: [] },
  {
    name: 'no active findings passes',
    given: ({ inspector2 }) => inspector2.activeFindings.add(inspectorFindings()),
    expect: [{ status: 'PASS', resource: 'Inspector2', region: 'eu-west-1' }],
  },
  {
    name: 'active findings fail',
    given: ({ inspector2 }) => inspector2.activeFindings.add(inspectorFindings({ region: 'us-east-1', hasActiveFindings: true })),
    expect: [{ status: 'FAIL', resource: 'Inspector2', region: 'us-east-1' }],
  },
  {
    name: 'unread findings are an error',
    given: ({ inspector2 }) => inspector2.activeFindings.add(inspectorFindings({ hasActiveFindings: unreadBy('inspector2', 'ListFindings') })),
    expect: [{ status: 'ERROR', resource: 'Inspector2', detail: 'ListFindings' }],
  },
  {
    name: 'a region whose status could not be read is an error there',
    given: ({ inspector2 }) => inspector2.activeFindings.fail({ region: 'eu-west-1', operation: 'BatchGetAccountStatus', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'inspector2:BatchGetAccountStatus', region: 'eu-west-1' }],
  },
]);
