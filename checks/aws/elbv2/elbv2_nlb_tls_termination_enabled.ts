import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elbv2_nlb_tls_termination_enabled',
  uses: { elbv2: ['listeners'] },
  run({ elbv2 }, report) {
    report.each(elbv2.listeners, (balancer) => {
      if (balancer.type !== 'network') return notApplicable('not a Network Load Balancer');
      return verdict(
        need(balancer.listeners).some((listener) => listener.protocol === 'TLS'),
        `Network Load Balancer ${balancer.name} terminates TLS on a TLS listener.`,
        `Network Load Balancer ${balancer.name} has no TLS listener, so it terminates no TLS connections.`,
      );
    });
  },
});
