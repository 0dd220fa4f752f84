import { defineCheck, fail, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_pqc_tls_enabled',
  uses: { cloudfront: ['distributions'] },
  config: ['cloudfront_pqc_min_protocol_versions'],
  run({ cloudfront, config }, report) {
    report.each(cloudfront.distributions, ({ id, usesDefaultCertificate, minimumProtocolVersion }) => {
      if (usesDefaultCertificate) {
        return fail(`CloudFront distribution ${id} uses the default certificate, whose TLSv1 policy cannot offer post-quantum key exchange.`);
      }
      const policy = minimumProtocolVersion || '(none)';
      return verdict(
        config.cloudfront_pqc_min_protocol_versions.includes(minimumProtocolVersion),
        `CloudFront distribution ${id} uses security policy ${policy}, which offers post-quantum key exchange.`,
        `CloudFront distribution ${id} uses security policy ${policy}, which is not among the post-quantum policies allowed.`,
      );
    });
  },
});
