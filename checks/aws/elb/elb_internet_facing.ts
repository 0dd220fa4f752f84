import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elb_internet_facing',
  uses: { elb: ['loadBalancers'] },
  run({ elb }, report) {
    report.each(elb.loadBalancers, (balancer) =>
      verdict(
        balancer.scheme !== 'internet-facing',
        `Classic Load Balancer ${balancer.name} is internal.`,
        `Classic Load Balancer ${balancer.name} is reachable from the Internet at ${balancer.dnsName}.`,
      ),
    );
  },
});
