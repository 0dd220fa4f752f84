import { testCheck } from '../../../test/helpers/check-cases.js';
import { supportPlan } from '../../../test/helpers/fixtures/trustedadvisor.js';
import check from './trustedadvisor_premium_support_plan_subscribed.js';

testCheck(check, [
  { name: 'support plan not read at all', expect: [] },
  {
    name: 'a premium plan passes, reported under the account in the Support region',
    given: ({ trustedadvisor }) => trustedadvisor.supportPlan.add(supportPlan(true)),
    expect: [{ status: 'PASS', resource: '111122223333', region: 'us-east-1' }],
  },
  {
    name: 'the basic plan fails',
    given: ({ trustedadvisor }) => trustedadvisor.supportPlan.add(supportPlan(false)),
    expect: [{ status: 'FAIL', resource: '111122223333', region: 'us-east-1', detail: 'does not subscribe' }],
  },
  {
    name: 'nothing is reported when verify_premium_support_plans is off',
    config: { verify_premium_support_plans: false },
    given: ({ trustedadvisor }) => trustedadvisor.supportPlan.add(supportPlan(false)),
    expect: [],
  },
  {
    name: 'a plan that could not be read is an error',
    given: ({ trustedadvisor }) => trustedadvisor.supportPlan.fail({ region: 'us-east-1', operation: 'DescribeServices', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'trustedadvisor:DescribeServices', region: 'us-east-1' }],
  },
]);
