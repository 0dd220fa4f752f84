import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elbv2_deletion_protection',
  uses: { elbv2: ['loadBalancerAttributes'] },
  run({ elbv2 }, report) {
    report.each(elbv2.loadBalancerAttributes, (balancer) =>
      verdict(
        need(balancer.attributes).deletionProtectionEnabled === true,
        `Load balancer ${balancer.name} is protected from deletion.`,
        `Load balancer ${balancer.name} can be deleted without first turning off deletion protection.`,
      ),
    );
  },
});
