import { defineCheck } from '../../../src/checks/check.js';
import { judgeShieldProtection } from '../../../src/checks/shield-advanced.js';

export default defineCheck({
  id: 'shield_advanced_protection_in_internet_facing_load_balancers',
  uses: { shield: ['subscription', 'protections'], elbv2: ['loadBalancers'] },
  run({ shield, elbv2, account }, report) {
    judgeShieldProtection(shield, account, report, elbv2.loadBalancers, (balancer) =>
      // Only internet-facing Application Load Balancers, as in Prowler.
      balancer.type === 'application' && balancer.scheme === 'internet-facing' ? { what: `Application Load Balancer ${balancer.name}` } : undefined,
    );
  },
});
