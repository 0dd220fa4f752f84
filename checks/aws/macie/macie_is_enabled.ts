import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'macie_is_enabled',
  uses: { macie: ['sessions'], s3: ['buckets'] },
  run({ macie, s3, options }, report) {
    report.each(macie.sessions, (session) => {
      if (session.status === 'ENABLED') return pass(`Macie is enabled in ${session.region}.`);
      // A bucket found is proof enough that the region is in use; its absence needs the whole listing.
      const holdsBuckets = () => s3.buckets.found().some((bucket) => bucket.region === session.region) || s3.buckets.all().some((bucket) => bucket.region === session.region);
      if (!options.scanUnusedServices && !holdsBuckets()) return notApplicable('the region holds no S3 bucket');
      if (session.status === 'PAUSED') return fail(`Macie is suspended in ${session.region}.`);
      return fail(`Macie is not enabled in ${session.region}.`);
    });
  },
});
