import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elbv2_alb_drop_invalid_header_fields_enabled',
  uses: { elbv2: ['loadBalancerAttributes'] },
  run({ elbv2 }, report) {
    report.each(elbv2.loadBalancerAttributes, (balancer) => {
      if (balancer.type !== 'application') return notApplicable('only Application Load Balancers parse HTTP headers');
      return verdict(
        need(balancer.attributes).dropInvalidHeaderFieldsEnabled === true,
        `Application Load Balancer ${balancer.name} removes HTTP headers with invalid names before forwarding requests.`,
        `Application Load Balancer ${balancer.name} forwards HTTP headers with invalid names to its targets.`,
      );
    });
  },
});
