import { defineCheck, fail, firstWhere, need, pass } from '../../../src/checks/check.js';
import { recordsAllManagementEvents, trailAccountSubject } from '../../../src/checks/cloudtrail.js';
import type { Trail } from '../../../src/services/cloudtrail/cloudtrail.js';

/** The name the console gives the advanced selector of management events, which Prowler looks for. */
const MANAGEMENT_SELECTOR_NAME = 'Management events selector';

/** Whether a logging trail records every management event, reads and writes, by either kind of selector. */
function logsAllManagementEvents(trail: Trail): boolean {
  if (!need(trail.isLogging)) return false;
  const selectors = need(trail.eventSelectors);
  return (
    selectors.classic.some(recordsAllManagementEvents) ||
    selectors.advanced.some(
      (selector) => selector.name === MANAGEMENT_SELECTOR_NAME && selector.fieldSelectors.every((condition) => condition.field !== 'readOnly'),
    )
  );
}

export default defineCheck({
  id: 'cloudtrail_multi_region_enabled_logging_management_events',
  uses: { cloudtrail: ['trails'] },
  run({ cloudtrail, account }, report) {
    for (const region of account.regions) {
      report.about(trailAccountSubject(account, region), () => {
        // One qualifying trail settles it; a covering trail that could not be read, or a region
        // whose trails could not be listed, may hide one: that is ERROR, never FAIL.
        const covering = cloudtrail.trails.found().filter((trail) => trail.multiRegion || trail.region === region);
        const logging = firstWhere(covering, logsAllManagementEvents);
        if (!logging) {
          cloudtrail.trails.ensureListed();
          return fail(`No logging trail records all management events in region ${region}.`);
        }
        const scope = logging.multiRegion ? `multi-region trail ${logging.id} (home region ${logging.region})` : `trail ${logging.id}`;
        return pass(`Region ${region} is covered by ${scope}, which is logging all management events.`, { arn: logging.arn, id: logging.id, region });
      });
    }
  },
});
