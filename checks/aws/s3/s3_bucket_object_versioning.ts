import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_object_versioning',
  uses: { s3: ['buckets'] },
  run({ s3 }, report) {
    report.each(s3.buckets, (bucket) =>
      verdict(
        need(bucket.versioning),
        `S3 bucket ${bucket.id} has versioning enabled.`,
        `S3 bucket ${bucket.id} does not have versioning enabled.`,
      ),
    );
  },
});
