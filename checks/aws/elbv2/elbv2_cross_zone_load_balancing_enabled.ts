import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elbv2_cross_zone_load_balancing_enabled',
  uses: { elbv2: ['loadBalancerAttributes'] },
  run({ elbv2 }, report) {
    report.each(elbv2.loadBalancerAttributes, (balancer) => {
      if (balancer.type === 'application') return notApplicable('Application Load Balancers always balance across zones');
      return verdict(
        need(balancer.attributes).crossZoneLoadBalancingEnabled === true,
        `Load balancer ${balancer.name} (${balancer.type}) spreads traffic across the targets of every Availability Zone.`,
        `Load balancer ${balancer.name} (${balancer.type}) does not balance traffic across Availability Zones.`,
      );
    });
  },
});
