import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';

export default defineCheck({
  id: 'eventbridge_bus_exposed',
  uses: { eventbridge: ['busPolicies'] },
  run({ eventbridge }, report) {
    report.each(eventbridge.busPolicies, (bus) => {
      const policy = need(bus.policy);
      return verdict(
        policy === null || !isPolicyPublic(policy),
        `EventBridge event bus ${bus.name} is not exposed to everyone.`,
        `EventBridge event bus ${bus.name} is exposed to everyone.`,
      );
    });
  },
});
