import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_default_encryption',
  uses: { s3: ['buckets'] },
  run({ s3 }, report) {
    report.each(s3.buckets, (bucket) => {
      const encryption = need(bucket.encryption);
      return verdict(
        encryption !== null,
        `S3 bucket ${bucket.id} encrypts new objects by default with ${encryption}.`,
        `S3 bucket ${bucket.id} has no default server-side encryption.`,
      );
    });
  },
});
