import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';
import { blocksPublicAccess } from '../../../src/checks/bucket-access.js';

export default defineCheck({
  id: 's3_bucket_level_public_access_block',
  uses: { s3: ['buckets', 'accountPublicAccessBlock'] },
  run({ s3, account }, report) {
    report.each(s3.buckets, (bucket) => {
      if (blocksPublicAccess(need(bucket.publicAccessBlock))) {
        return pass(`S3 bucket ${bucket.id} has Block Public Access configured to ignore public ACLs and restrict public buckets.`);
      }
      const [accountBlock] = s3.accountPublicAccessBlock.all();
      return verdict(
        blocksPublicAccess(accountBlock?.settings ?? null),
        `S3 bucket ${bucket.id} is covered by Block Public Access at the level of account ${account.id}.`,
        `S3 bucket ${bucket.id} does not have Block Public Access configured, for itself or for account ${account.id}.`,
      );
    });
  },
});
