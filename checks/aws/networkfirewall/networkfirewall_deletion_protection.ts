import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'networkfirewall_deletion_protection',
  uses: { networkfirewall: ['firewalls'] },
  run({ networkfirewall }, report) {
    report.each(networkfirewall.firewalls, (firewall) =>
      verdict(
        need(firewall.deletionProtection),
        `Network Firewall ${firewall.id} is protected against deletion.`,
        `Network Firewall ${firewall.id} is not protected against deletion.`,
      ),
    );
  },
});
