import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';

/** Listener protocols that terminate TLS at the load balancer. */
const TLS_PROTOCOLS = ['HTTPS', 'TLS'];

export default defineCheck({
  id: 'elbv2_listener_pqc_tls_enabled',
  uses: { elbv2: ['listeners'] },
  config: ['elbv2_listener_pqc_tls_allowed_policies'],
  run({ elbv2, config }, report) {
    const postQuantum = new Set(config.elbv2_listener_pqc_tls_allowed_policies);
    report.each(elbv2.listeners, (balancer) => {
      const terminating = need(balancer.listeners).filter((listener) => TLS_PROTOCOLS.includes(listener.protocol));
      if (terminating.length === 0) return pass(`Load balancer ${balancer.name} terminates no TLS (no HTTPS or TLS listener).`);
      const classical = terminating.filter((listener) => !postQuantum.has(listener.sslPolicy ?? ''));
      return verdict(
        classical.length === 0,
        `Load balancer ${balancer.name} offers post-quantum key exchange on every HTTPS and TLS listener.`,
        `Load balancer ${balancer.name} has HTTPS or TLS listeners without a post-quantum TLS policy: ${classical.map((listener) => `${listener.protocol}:${listener.port} (${listener.arn}) uses ${listener.sslPolicy ?? 'no policy'}`).join(', ')}.`,
      );
    });
  },
});
