import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_logging_enabled',
  uses: { cloudfront: ['distributionConfigs'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributionConfigs, (distribution) => {
      // Real-time logs are enough on their own, whatever the standard logging setting.
      if (distribution.realtimeLogConfigArn !== '') return pass(`CloudFront distribution ${distribution.id} sends real-time logs.`);
      return verdict(
        need(distribution.loggingEnabled),
        `CloudFront distribution ${distribution.id} writes standard access logs.`,
        `CloudFront distribution ${distribution.id} logs no requests.`,
      );
    });
  },
});
