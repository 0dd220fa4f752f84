import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'trustedadvisor_premium_support_plan_subscribed',
  uses: { trustedadvisor: ['supportPlan'] },
  config: ['verify_premium_support_plans'],
  run({ trustedadvisor, config }, report) {
    if (!config.verify_premium_support_plans) return;
    report.each(trustedadvisor.supportPlan, (plan) =>
      verdict(plan.premium, 'The account subscribes to a premium AWS Support plan.', 'The account does not subscribe to a premium AWS Support plan (Business, Enterprise On-Ramp or Enterprise).'),
    );
  },
});
