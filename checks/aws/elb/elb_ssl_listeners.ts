import { defineCheck, verdict } from '../../../src/checks/check.js';

/** The Classic listener protocols that encrypt traffic between client and load balancer. */
const ENCRYPTED_PROTOCOLS = ['HTTPS', 'SSL'];

export default defineCheck({
  id: 'elb_ssl_listeners',
  uses: { elb: ['loadBalancers'] },
  run({ elb }, report) {
    report.each(elb.loadBalancers, (balancer) => {
      const plain = balancer.listeners.filter((listener) => !ENCRYPTED_PROTOCOLS.includes(listener.protocol));
      return verdict(
        plain.length === 0,
        `Classic Load Balancer ${balancer.name} listens over HTTPS or SSL only.`,
        `Classic Load Balancer ${balancer.name} has unencrypted listeners (${plain.map((listener) => `${listener.protocol}:${listener.port}`).join(', ')}).`,
      );
    });
  },
});
