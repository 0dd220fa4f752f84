import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';
import { allowsOtherAccounts } from '../../../src/checks/policy/cross-account.js';

export default defineCheck({
  id: 's3_bucket_cross_account_access',
  uses: { s3: ['bucketPolicies'] },
  config: ['trusted_account_ids'],
  run({ s3, account, config }, report) {
    report.each(s3.bucketPolicies, (bucket) => {
      const policy = need(bucket.policy);
      if (policy === null) return pass(`S3 bucket ${bucket.id} has no bucket policy.`);
      return verdict(
        !allowsOtherAccounts(policy, account.id, config.trusted_account_ids),
        `S3 bucket ${bucket.id} has a bucket policy that does not allow cross-account access.`,
        `S3 bucket ${bucket.id} has a bucket policy that allows cross-account access.`,
      );
    });
  },
});
