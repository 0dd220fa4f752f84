import { defineCheck, manual, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudtrail_logs_s3_bucket_access_logging_enabled',
  uses: { cloudtrail: ['trails'], s3: ['buckets'] },
  run({ cloudtrail, s3 }, report) {
    report.each(cloudtrail.trails, (trail) => {
      const scope = trail.multiRegion ? 'multi-region' : 'single-region';
      // Only a complete bucket listing tells another account's bucket from an unlisted one.
      const bucket = s3.buckets.find((candidate) => candidate.id === trail.s3BucketName);
      if (!bucket) {
        return manual(
          `Bucket ${trail.s3BucketName} of ${scope} trail ${trail.id} is not among the scanned buckets (another account's, or outside the scan); check its access logging manually.`,
        );
      }
      return verdict(
        need(bucket.logging) !== null,
        `Bucket ${bucket.id} of ${scope} trail ${trail.id} has server access logging enabled.`,
        `Bucket ${bucket.id} of ${scope} trail ${trail.id} does not have server access logging enabled.`,
      );
    });
  },
});
