import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elb_cross_zone_load_balancing_enabled',
  uses: { elb: ['loadBalancerAttributes'] },
  run({ elb }, report) {
    report.each(elb.loadBalancerAttributes, (balancer) =>
      verdict(
        need(balancer.attributes).crossZoneLoadBalancingEnabled === true,
        `Classic Load Balancer ${balancer.name} spreads traffic across the instances of every Availability Zone.`,
        `Classic Load Balancer ${balancer.name} does not balance traffic across Availability Zones.`,
      ),
    );
  },
});
