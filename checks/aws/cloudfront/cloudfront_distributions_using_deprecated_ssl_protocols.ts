import { defineCheck, verdict } from '../../../src/checks/check.js';

const DEPRECATED_PROTOCOLS = new Set(['SSLv3', 'TLSv1', 'TLSv1.1']);

export default defineCheck({
  id: 'cloudfront_distributions_using_deprecated_ssl_protocols',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) =>
      verdict(
        !distribution.origins.some((origin) => origin.sslProtocols.some((protocol) => DEPRECATED_PROTOCOLS.has(protocol))),
        `CloudFront distribution ${distribution.id} allows no deprecated SSL/TLS version towards its origins.`,
        `CloudFront distribution ${distribution.id} allows a deprecated SSL/TLS version (SSLv3, TLSv1 or TLSv1.1) towards an origin.`,
      ),
    );
  },
});
