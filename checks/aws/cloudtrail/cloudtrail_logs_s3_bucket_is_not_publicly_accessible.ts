import { defineCheck, manual, need, verdict } from '../../../src/checks/check.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

export default defineCheck({
  id: 'cloudtrail_logs_s3_bucket_is_not_publicly_accessible',
  uses: { cloudtrail: ['trails'], s3: ['buckets'] },
  run({ cloudtrail, s3 }, report) {
    report.each(cloudtrail.trails, (trail) => {
      const scope = trail.multiRegion ? 'multi-region' : 'single-region';
      // Only a complete bucket listing tells another account's bucket from an unlisted one.
      const bucket = s3.buckets.find((candidate) => candidate.id === trail.s3BucketName);
      if (!bucket) {
        return manual(
          `Bucket ${trail.s3BucketName} of ${scope} trail ${trail.id} is not among the scanned buckets (another account's, or outside the scan); review its access manually.`,
        );
      }
      return verdict(
        !need(bucket.aclGrants).some((grant) => grant.uri === ALL_USERS),
        `Bucket ${bucket.id} of ${scope} trail ${trail.id} grants nothing to AllUsers in its ACL.`,
        `Bucket ${bucket.id} of ${scope} trail ${trail.id} grants access to AllUsers (everyone) in its ACL.`,
      );
    });
  },
});
