import { defineCheck, manual, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudtrail_bucket_requires_mfa_delete',
  uses: { cloudtrail: ['trails'], s3: ['buckets'] },
  run({ cloudtrail, s3 }, report) {
    report.each(cloudtrail.trails, (trail) => {
      if (!need(trail.isLogging)) return notApplicable('the trail is not logging');
      // Only a complete bucket listing tells another account's bucket from an unlisted one.
      const bucket = s3.buckets.find((candidate) => candidate.id === trail.s3BucketName);
      if (!bucket) {
        return manual(`Bucket ${trail.s3BucketName} of trail ${trail.id} is not among the scanned buckets (another account's, or outside the scan); check its MFA delete manually.`);
      }
      return verdict(
        need(bucket.mfaDelete),
        `Bucket ${bucket.id} of trail ${trail.id} requires MFA to delete object versions.`,
        `Bucket ${bucket.id} of trail ${trail.id} does not require MFA to delete object versions.`,
      );
    });
  },
});
