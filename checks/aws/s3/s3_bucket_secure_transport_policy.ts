import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';
import { deniesInsecureTransport } from '../../../src/checks/bucket-access.js';

export default defineCheck({
  id: 's3_bucket_secure_transport_policy',
  uses: { s3: ['buckets'] },
  run({ s3 }, report) {
    report.each(s3.buckets, (bucket) => {
      const policy = need(bucket.policy);
      if (policy === null) return fail(`S3 bucket ${bucket.id} has no bucket policy, so it accepts requests over plain HTTP.`);
      return verdict(
        deniesInsecureTransport(policy),
        `S3 bucket ${bucket.id} has a bucket policy that denies requests over insecure transport.`,
        `S3 bucket ${bucket.id} has a bucket policy that does not deny requests over insecure transport.`,
      );
    });
  },
});
