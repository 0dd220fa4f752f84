import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import { s3ObjectSelector, trailAccountSubject } from '../../../src/checks/cloudtrail.js';

export default defineCheck({
  id: 'cloudtrail_s3_dataevents_read_enabled',
  uses: { cloudtrail: ['trails'], s3: ['buckets'] },
  run({ cloudtrail, s3, account, options }, report) {
    let recorded = false;
    const unjudged = report.each(cloudtrail.trails, (trail) => {
      const kind = s3ObjectSelector(need(trail.eventSelectors), account.partition, ['ReadOnly', 'All']);
      if (!kind) return notApplicable('records no S3 object reads; the account-wide verdict says so');
      recorded = true;
      const selector = kind === 'classic' ? 'a classic event selector recording S3 object reads in all buckets' : 'an advanced event selector recording S3 object events';
      return pass(`Trail ${trail.id} (home region ${trail.region}) has ${selector}.`);
    });
    // A trail or region that could not be read (already an ERROR) may hold the selector.
    if (recorded || unjudged > 0) return;
    report.about(trailAccountSubject(account), () => {
      if (!options.scanUnusedServices && s3.buckets.all().length === 0) return notApplicable('no buckets, and unused services are not scanned');
      return fail('No trail records S3 object-level read events for all buckets.');
    });
  },
});
