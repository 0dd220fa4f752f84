import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_https_sni_enabled',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) => {
      if (distribution.certificate === '') return notApplicable('no custom certificate, so no choice of how to serve it');
      return verdict(
        distribution.sslSupportMethod === 'sni-only',
        `CloudFront distribution ${distribution.id} serves its certificate through SNI.`,
        `CloudFront distribution ${distribution.id} serves its certificate through ${distribution.sslSupportMethod}, not SNI.`,
      );
    });
  },
});
