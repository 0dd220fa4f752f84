import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'networkfirewall_multi_az',
  uses: { networkfirewall: ['firewalls'] },
  run({ networkfirewall }, report) {
    report.each(networkfirewall.firewalls, (firewall) => {
      // A firewall has one subnet, and so one endpoint, per Availability Zone.
      const subnets = need(firewall.subnetIds).length;
      return verdict(
        subnets > 1,
        `Network Firewall ${firewall.id} has endpoints in ${subnets} Availability Zones.`,
        `Network Firewall ${firewall.id} has endpoints in fewer than two Availability Zones.`,
      );
    });
  },
});
