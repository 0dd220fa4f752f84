import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_using_waf',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) =>
      verdict(
        distribution.webAclId !== '',
        `CloudFront distribution ${distribution.id} is protected by AWS WAF web ACL ${distribution.webAclId}.`,
        `CloudFront distribution ${distribution.id} has no AWS WAF web ACL.`,
      ),
    );
  },
});
