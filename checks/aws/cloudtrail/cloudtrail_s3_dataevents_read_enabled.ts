import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import type { TrailEventSelectors } from '../../../src/services/cloudtrail/cloudtrail.js';

const S3_OBJECT = 'AWS::S3::Object';

/** Whether classic selectors record reads of objects in every bucket. */
function classicSelectorsRecordAllObjectReads(selectors: TrailEventSelectors, partition: string): boolean {
  // Each of these values means "every bucket, current and future".
  const everyBucket = [`arn:${partition}:s3`, `arn:${partition}:s3:::`, `arn:${partition}:s3:::*/*`];
  return selectors.classic.some(
    (selector) =>
      (selector.readWriteType === 'ReadOnly' || selector.readWriteType === 'All') &&
      selector.dataResources.some((resource) => resource.type === S3_OBJECT && resource.values.some((value) => everyBucket.includes(value))),
  );
}

/**
 * Whether an advanced selector is about S3 objects. As in Prowler, its other conditions (readOnly,
 * bucket ARNs) are not examined.
 */
function advancedSelectorsRecordObjectEvents(selectors: TrailEventSelectors): boolean {
  return selectors.advanced.some((selector) =>
    selector.fieldSelectors.some((condition) => condition.field === 'resources.type' && condition.equals[0] === S3_OBJECT),
  );
}

export default defineCheck({
  id: 'cloudtrail_s3_dataevents_read_enabled',
  uses: { cloudtrail: ['trails'], s3: ['buckets'] },
  run({ cloudtrail, s3, account, options }, report) {
    let recorded = false;
    const unjudged = report.each(cloudtrail.trails, (trail) => {
      const selectors = need(trail.eventSelectors);
      const selector = classicSelectorsRecordAllObjectReads(selectors, account.partition)
        ? 'a classic event selector recording S3 object reads in all buckets'
        : advancedSelectorsRecordObjectEvents(selectors)
          ? 'an advanced event selector recording S3 object events'
          : undefined;
      if (!selector) return notApplicable('records no S3 object reads; the account-wide verdict says so');
      recorded = true;
      return pass(`Trail ${trail.id} (home region ${trail.region}) has ${selector}.`);
    });
    // A trail or region that could not be read (already an ERROR) may hold the selector.
    if (recorded || unjudged > 0) return;
    const region = account.regions.includes(account.globalRegion) ? account.globalRegion : (account.regions[0] ?? account.globalRegion);
    report.about({ arn: `arn:${account.partition}:cloudtrail:${region}:${account.id}:trail`, id: account.id, region }, () => {
      if (!options.scanUnusedServices && s3.buckets.all().length === 0) return notApplicable('no buckets, and unused services are not scanned');
      return fail('No trail records S3 object-level read events for all buckets.');
    });
  },
});
