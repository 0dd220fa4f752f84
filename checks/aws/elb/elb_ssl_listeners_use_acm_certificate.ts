import { defineCheck, fail, firstWhere, pass } from '../../../src/checks/check.js';
import { parseArn } from '../../../src/provider/arn.js';
import type { ClassicListener } from '../../../src/services/elb/elb.js';

/** Listener protocols that present a server certificate. */
const CERTIFICATE_PROTOCOLS = ['HTTPS', 'SSL'];

export default defineCheck({
  id: 'elb_ssl_listeners_use_acm_certificate',
  uses: { elb: ['loadBalancers'], acm: ['certificates'] },
  run({ elb, acm }, report) {
    /**
     * Whether a listener's certificate is anything but an Amazon-issued ACM certificate. One ACM
     * did not list (an IAM server certificate, or one of another region) counts as not managed by
     * ACM, so its absence is trusted only once ACM was listed in the certificate's region.
     */
    const unmanaged = ({ certificateArn }: ClassicListener) => {
      if (certificateArn === null) return false;
      const listed = acm.certificates.found().find((certificate) => certificate.arn === certificateArn);
      if (listed) return listed.type !== 'AMAZON_ISSUED';
      const arn = parseArn(certificateArn);
      if (arn?.service === 'acm') acm.certificates.ensureListed(arn.region);
      return true;
    };
    report.each(elb.loadBalancers, (balancer) => {
      const secured = balancer.listeners.filter((listener) => CERTIFICATE_PROTOCOLS.includes(listener.protocol));
      const offending = firstWhere(secured, unmanaged);
      return offending
        ? fail(`Classic Load Balancer ${balancer.name} has a ${offending.protocol} listener on port ${offending.port} whose certificate ${offending.certificateArn} is not issued and renewed by ACM.`)
        : pass(`Classic Load Balancer ${balancer.name} uses only Amazon-issued ACM certificates on its HTTPS and SSL listeners.`);
    });
  },
});
