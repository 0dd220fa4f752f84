import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_custom_ssl_certificate',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) =>
      verdict(
        !distribution.usesDefaultCertificate,
        `CloudFront distribution ${distribution.id} serves viewers with its own SSL/TLS certificate.`,
        `CloudFront distribution ${distribution.id} serves viewers with the default *.cloudfront.net certificate.`,
      ),
    );
  },
});
