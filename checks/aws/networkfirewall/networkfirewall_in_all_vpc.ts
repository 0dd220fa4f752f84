import { defineCheck, fail, firstWhere, need, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'networkfirewall_in_all_vpc',
  uses: { vpc: ['vpcs'], networkfirewall: ['firewalls'] },
  run({ vpc: network, networkfirewall, options }, report) {
    report.each(network.vpcs, (vpc) => {
      if (!options.scanUnusedServices && !need(vpc.inUse)) return notApplicable('no network interface uses it');
      // A firewall sits in its VPC's region, so that region's listing settles the question.
      const firewall = firstWhere(networkfirewall.firewalls.all(vpc.region), (candidate) => need(candidate.vpcId) === vpc.id);
      const label = vpc.name ?? vpc.id;
      if (!firewall) return fail(`VPC ${label} has no Network Firewall.`);
      return pass(`VPC ${label} is protected by Network Firewall ${firewall.id}.`);
    });
  },
});
