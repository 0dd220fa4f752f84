import { defineCheck, verdict } from '../../../src/checks/check.js';

/** The one predefined Classic policy that offers only TLS 1.2 with strong ciphers. */
const SECURE_POLICY = 'ELBSecurityPolicy-TLS-1-2-2017-01';

export default defineCheck({
  id: 'elb_insecure_ssl_ciphers',
  uses: { elb: ['loadBalancers'] },
  run({ elb }, report) {
    report.each(elb.loadBalancers, (balancer) => {
      const weak = balancer.listeners.filter((listener) => listener.protocol === 'HTTPS' && !listener.policyNames.includes(SECURE_POLICY));
      return verdict(
        weak.length === 0,
        `Classic Load Balancer ${balancer.name} has no HTTPS listener that allows old TLS versions or weak ciphers.`,
        `Classic Load Balancer ${balancer.name} has HTTPS listeners (port ${weak.map((listener) => listener.port).join(', ')}) without ${SECURE_POLICY}, allowing old TLS versions or weak ciphers.`,
      );
    });
  },
});
