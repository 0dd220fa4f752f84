import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elbv2_is_in_multiple_az',
  uses: { elbv2: ['loadBalancers'] },
  config: ['elbv2_min_azs'],
  run({ elbv2, config }, report) {
    const minimum = config.elbv2_min_azs;
    report.each(elbv2.loadBalancers, (balancer) => {
      const zones = balancer.availabilityZones;
      return verdict(
        zones.length >= minimum,
        `Load balancer ${balancer.name} spans ${zones.length} Availability Zones (${zones.join(', ')}), at least ${minimum}.`,
        `Load balancer ${balancer.name} spans ${zones.length} Availability Zones (${zones.join(', ') || 'none'}), fewer than ${minimum}.`,
      );
    });
  },
});
