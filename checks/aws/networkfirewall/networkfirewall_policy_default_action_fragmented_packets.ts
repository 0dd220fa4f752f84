import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** Default actions that keep an unmatched fragment from passing uninspected. */
const CONTAINING_ACTIONS = ['aws:drop', 'aws:forward_to_sfe'];

export default defineCheck({
  id: 'networkfirewall_policy_default_action_fragmented_packets',
  uses: { networkfirewall: ['firewallPolicies'] },
  run({ networkfirewall }, report) {
    report.each(networkfirewall.firewallPolicies, (firewall) =>
      verdict(
        need(firewall.statelessFragmentDefaultActions).some((action) => CONTAINING_ACTIONS.includes(action)),
        `The policy of Network Firewall ${firewall.id} drops fragmented packets no stateless rule matched, or hands them to the stateful engine.`,
        `The policy of Network Firewall ${firewall.id} neither drops fragmented packets no stateless rule matched nor hands them to the stateful engine.`,
      ),
    );
  },
});
