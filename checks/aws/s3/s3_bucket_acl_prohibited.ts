import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_acl_prohibited',
  uses: { s3: ['buckets'] },
  run({ s3 }, report) {
    report.each(s3.buckets, (bucket) => {
      const ownership = need(bucket.ownership);
      return verdict(
        ownership === 'BucketOwnerEnforced',
        `S3 bucket ${bucket.id} has ACLs disabled (Object Ownership is BucketOwnerEnforced).`,
        `S3 bucket ${bucket.id} has ACLs enabled (Object Ownership is ${ownership ?? 'not configured'}).`,
      );
    });
  },
});
