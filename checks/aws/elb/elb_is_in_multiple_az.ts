import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elb_is_in_multiple_az',
  uses: { elb: ['loadBalancers'] },
  config: ['elb_min_azs'],
  run({ elb, config }, report) {
    const minimum = config.elb_min_azs;
    report.each(elb.loadBalancers, (balancer) => {
      const zones = balancer.availabilityZones;
      return verdict(
        zones.length >= minimum,
        `Classic Load Balancer ${balancer.name} spans ${zones.length} Availability Zones (${zones.join(', ')}), at least ${minimum}.`,
        `Classic Load Balancer ${balancer.name} spans ${zones.length} Availability Zones (${zones.join(', ') || 'none'}), fewer than ${minimum}.`,
      );
    });
  },
});
