import { defineCheck, fail, firstWhere, need, pass } from '../../../src/checks/check.js';
import { blocksPublicAccess, grantsToEveryone } from '../../../src/checks/bucket-access.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';
import type { PolicyDocument } from '../../../src/services/policy.js';

const isPublicPolicy = (policy: PolicyDocument | null) => policy !== null && isPolicyPublic(policy);

export default defineCheck({
  id: 's3_bucket_public_access',
  uses: { s3: ['accountPublicAccessBlock', 'buckets'] },
  run({ s3 }, report) {
    const [accountBlock] = s3.accountPublicAccessBlock.all();
    if (accountBlock && blocksPublicAccess(accountBlock.settings)) {
      report.about(accountBlock, () => pass('All S3 public access is blocked at account level.'));
      return;
    }
    report.each(s3.buckets, (bucket) => {
      if (blocksPublicAccess(need(bucket.publicAccessBlock))) {
        return pass(`S3 bucket ${bucket.id} blocks public access through its own Block Public Access settings.`);
      }
      // Either way suffices to make the bucket public, so one that is known to is enough for a FAIL.
      const publicThrough = firstWhere(
        [
          { way: 'its bucket policy', opens: () => isPublicPolicy(need(bucket.policy)) },
          { way: 'its ACL', opens: () => need(bucket.aclGrants).some(grantsToEveryone) },
        ],
        ({ opens }) => opens(),
      );
      if (publicThrough) return fail(`S3 bucket ${bucket.id} is public through ${publicThrough.way}.`);
      return pass(`S3 bucket ${bucket.id} is not public.`);
    });
  },
});
