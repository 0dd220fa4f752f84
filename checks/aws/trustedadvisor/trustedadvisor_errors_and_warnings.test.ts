import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { advisorCheck, supportPlan } from '../../../test/helpers/fixtures/trustedadvisor.js';
import check from './trustedadvisor_errors_and_warnings.js';

testCheck(check, [
  { name: 'support plan not read at all', expect: [] },
  {
    name: 'without a premium plan, one manual finding about the account',
    given: ({ trustedadvisor }) => trustedadvisor.supportPlan.add(supportPlan(false)),
    expect: [{ status: 'MANUAL', resource: '111122223333', region: 'us-east-1' }],
  },
  {
    name: 'ok passes, warning and error fail, a check without a result fails, not_available is skipped',
    given: ({ trustedadvisor }) => {
      trustedadvisor.supportPlan.add(supportPlan(true));
      trustedadvisor.checks.add(advisorCheck('ok-1'));
      trustedadvisor.checks.add(advisorCheck('warn-1', { status: 'warning' }));
      trustedadvisor.checks.add(advisorCheck('err-1', { status: 'error' }));
      trustedadvisor.checks.add(advisorCheck('none-1', { status: null }));
      trustedadvisor.checks.add(advisorCheck('na-1', { status: 'not_available' }));
    },
    expect: [
      { status: 'PASS', resource: 'ok-1', region: 'us-east-1' },
      { status: 'FAIL', resource: 'warn-1', detail: 'is in state warning' },
      { status: 'FAIL', resource: 'err-1', detail: 'is in state error' },
      { status: 'FAIL', resource: 'none-1', detail: 'no result' },
    ],
  },
  {
    name: 'a status that could not be read is an error for that check',
    given: ({ trustedadvisor }) => {
      trustedadvisor.supportPlan.add(supportPlan(true));
      trustedadvisor.checks.add(advisorCheck('ok-1', { status: unreadBy('trustedadvisor', 'DescribeTrustedAdvisorCheckSummaries', 'us-east-1') }));
    },
    expect: [{ status: 'ERROR', resource: 'ok-1', detail: 'DescribeTrustedAdvisorCheckSummaries failed' }],
  },
  {
    name: 'checks that could not be listed are an error',
    given: ({ trustedadvisor }) => {
      trustedadvisor.supportPlan.add(supportPlan(true));
      trustedadvisor.checks.fail({ region: 'us-east-1', operation: 'DescribeTrustedAdvisorChecks', message: 'AccessDeniedException: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'trustedadvisor:DescribeTrustedAdvisorChecks', region: 'us-east-1' }],
  },
  {
    name: 'a support plan that could not be read is an error',
    given: ({ trustedadvisor }) => trustedadvisor.supportPlan.fail({ region: 'us-east-1', operation: 'DescribeServices', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'trustedadvisor:DescribeServices', region: 'us-east-1' }],
  },
]);
