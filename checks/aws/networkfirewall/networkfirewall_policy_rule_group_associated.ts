import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'networkfirewall_policy_rule_group_associated',
  uses: { networkfirewall: ['firewallPolicies'] },
  run({ networkfirewall }, report) {
    report.each(networkfirewall.firewallPolicies, (firewall) => {
      const ruleGroups = need(firewall.ruleGroupArns).length;
      return verdict(
        ruleGroups > 0,
        `The policy of Network Firewall ${firewall.id} references ${ruleGroups} rule group${ruleGroups === 1 ? '' : 's'}.`,
        `The policy of Network Firewall ${firewall.id} references no rule group.`,
      );
    });
  },
});
