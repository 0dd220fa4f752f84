import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_s3_origin_non_existent_bucket',
  uses: { cloudfront: ['s3OriginBuckets'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.s3OriginBuckets, (distribution) => {
      const missing = need(distribution.missingOriginBuckets);
      return verdict(
        missing.length === 0,
        `CloudFront distribution ${distribution.id} has no S3 origin whose bucket is gone.`,
        `CloudFront distribution ${distribution.id} points at S3 buckets that do not exist, which anyone could create: ${missing.join(', ')}.`,
      );
    });
  },
});
