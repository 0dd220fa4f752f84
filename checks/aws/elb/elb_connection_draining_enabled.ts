import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elb_connection_draining_enabled',
  uses: { elb: ['loadBalancerAttributes'] },
  run({ elb }, report) {
    report.each(elb.loadBalancerAttributes, (balancer) =>
      verdict(
        need(balancer.attributes).connectionDrainingEnabled === true,
        `Classic Load Balancer ${balancer.name} lets in-flight requests finish before deregistering an instance (connection draining).`,
        `Classic Load Balancer ${balancer.name} does not use connection draining.`,
      ),
    );
  },
});
