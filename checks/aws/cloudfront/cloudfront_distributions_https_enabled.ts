import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_https_enabled',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, ({ id, viewerProtocolPolicy }) => {
      if (viewerProtocolPolicy === 'redirect-to-https') return pass(`CloudFront distribution ${id} redirects HTTP viewers to HTTPS.`);
      if (viewerProtocolPolicy === 'https-only') return pass(`CloudFront distribution ${id} accepts HTTPS viewers only.`);
      return fail(`CloudFront distribution ${id} lets viewers connect over plain HTTP.`);
    });
  },
});
