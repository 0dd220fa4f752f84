import { defineCheck, fail, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'vpc_subnet_separate_private_public',
  uses: { vpc: ['vpcs', 'subnets'] },
  run({ vpc: network, options }, report) {
    report.each(network.vpcs, (vpc) => {
      if (!options.scanUnusedServices && !need(vpc.inUse)) return notApplicable('no network interface uses it');
      const label = vpc.name ?? vpc.id;
      const publicFlags = network.subnets
        .all(vpc.region)
        .filter((subnet) => subnet.vpcId === vpc.id)
        .map((subnet) => need(subnet.public));
      if (publicFlags.length === 0) return fail(`VPC ${label} has no subnets.`);
      const hasPublic = publicFlags.includes(true);
      const hasPrivate = publicFlags.includes(false);
      return verdict(hasPublic && hasPrivate, `VPC ${label} has both private and public subnets.`, `VPC ${label} has only ${hasPublic ? 'public' : 'private'} subnets.`);
    });
  },
});
