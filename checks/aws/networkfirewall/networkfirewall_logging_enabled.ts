import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'networkfirewall_logging_enabled',
  uses: { networkfirewall: ['firewallLogging'] },
  run({ networkfirewall }, report) {
    report.each(networkfirewall.firewallLogging, (firewall) => {
      const logTypes = [...new Set(need(firewall.logDestinations).map((destination) => destination.logType))];
      return verdict(
        logTypes.length > 0,
        `Network Firewall ${firewall.id} logs ${logTypes.join(', ')} events.`,
        `Network Firewall ${firewall.id} sends no logs anywhere.`,
      );
    });
  },
});
