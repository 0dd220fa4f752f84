import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elbv2_logging_enabled',
  uses: { elbv2: ['loadBalancerAttributes'] },
  run({ elbv2 }, report) {
    report.each(elbv2.loadBalancerAttributes, (balancer) =>
      verdict(
        need(balancer.attributes).accessLogsEnabled === true,
        `Load balancer ${balancer.name} writes access logs to S3.`,
        `Load balancer ${balancer.name} does not write access logs.`,
      ),
    );
  },
});
