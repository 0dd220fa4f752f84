import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elb_logging_enabled',
  uses: { elb: ['loadBalancerAttributes'] },
  run({ elb }, report) {
    report.each(elb.loadBalancerAttributes, (balancer) =>
      verdict(
        need(balancer.attributes).accessLogEnabled === true,
        `Classic Load Balancer ${balancer.name} writes access logs to S3.`,
        `Classic Load Balancer ${balancer.name} does not write access logs.`,
      ),
    );
  },
});
