import { defineCheck, fail, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_subnet_different_az',
  uses: { vpc: ['vpcs', 'subnets'] },
  run({ vpc: network, options }, report) {
    report.each(network.vpcs, (vpc) => {
      if (!options.scanUnusedServices && !need(vpc.inUse)) return notApplicable('no network interface uses it');
      const label = vpc.name ?? vpc.id;
      const zones = new Set(network.subnets.all(vpc.region).filter((subnet) => subnet.vpcId === vpc.id).map((subnet) => subnet.availabilityZone));
      if (zones.size === 0) return fail(`VPC ${label} has no subnets.`);
      return verdict(zones.size > 1, `VPC ${label} has subnets in ${zones.size} availability zones.`, `VPC ${label} has subnets only in ${[...zones].join('')}.`);
    });
  },
});
