import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';

/** The actions Prowler treats as writes when it looks for a public Allow (`*` always counts). */
const WRITE_ACTIONS = ['s3:PutObject', 's3:DeleteObject', 's3:*', 's3:Put*', 's3:Delete*'];

export default defineCheck({
  id: 's3_bucket_policy_public_write_access',
  uses: { s3: ['buckets', 'accountPublicAccessBlock'] },
  run({ s3 }, report) {
    report.each(s3.buckets, (bucket) => {
      const policy = need(bucket.policy);
      if (policy === null) return pass(`S3 bucket ${bucket.id} has no bucket policy.`);
      if (!isPolicyPublic(policy, WRITE_ACTIONS)) return pass(`S3 bucket ${bucket.id} has a bucket policy that does not allow public writes.`);
      if (need(bucket.publicAccessBlock)?.restrictPublicBuckets) {
        return pass(`S3 bucket ${bucket.id} has a bucket policy allowing public writes, but public access is restricted at bucket level.`);
      }
      const [accountBlock] = s3.accountPublicAccessBlock.all();
      if (accountBlock?.settings?.restrictPublicBuckets) {
        return pass(`S3 bucket ${bucket.id} has a bucket policy allowing public writes, but public access is restricted at account level.`);
      }
      return fail(`S3 bucket ${bucket.id} has a bucket policy that allows public writes.`);
    });
  },
});
