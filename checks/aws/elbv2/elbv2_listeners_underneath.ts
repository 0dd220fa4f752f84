import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elbv2_listeners_underneath',
  uses: { elbv2: ['listeners'] },
  run({ elbv2 }, report) {
    report.each(elbv2.listeners, (balancer) => {
      const count = need(balancer.listeners).length;
      return verdict(count > 0, `Load balancer ${balancer.name} has ${count} listeners.`, `Load balancer ${balancer.name} has no listeners.`);
    });
  },
});
