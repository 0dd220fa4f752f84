import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_default_root_object',
  uses: { cloudfront: ['distributionConfigs'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributionConfigs, (distribution) => {
      const rootObject = need(distribution.defaultRootObject);
      return verdict(
        rootObject !== '',
        `CloudFront distribution ${distribution.id} answers requests for its root URL with ${rootObject}.`,
        `CloudFront distribution ${distribution.id} has no default root object.`,
      );
    });
  },
});
