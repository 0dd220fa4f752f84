import { defineCheck } from '../../../src/checks/check.js';
import { judgeShieldProtection } from '../../../src/checks/shield-advanced.js';

export default defineCheck({
  id: 'shield_advanced_protection_in_classic_load_balancers',
  uses: { shield: ['subscription', 'protections'], elb: ['loadBalancers'] },
  run({ shield, elb, account }, report) {
    judgeShieldProtection(shield, account, report, elb.loadBalancers, (balancer) => ({ what: `Classic Load Balancer ${balancer.name}` }));
  },
});
