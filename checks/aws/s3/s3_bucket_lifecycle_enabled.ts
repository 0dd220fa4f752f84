import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_lifecycle_enabled',
  uses: { s3: ['bucketLifecycle'] },
  run({ s3 }, report) {
    report.each(s3.bucketLifecycle, (bucket) =>
      verdict(
        need(bucket.lifecycleRules).some((rule) => rule.status === 'Enabled'),
        `S3 bucket ${bucket.id} has an enabled lifecycle rule.`,
        `S3 bucket ${bucket.id} has no enabled lifecycle rule.`,
      ),
    );
  },
});
