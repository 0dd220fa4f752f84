import { defineCheck, fail, firstWhere, need, pass } from '../../../src/checks/check.js';
import type { Trail } from '../../../src/services/cloudtrail/cloudtrail.js';

export default defineCheck({
  id: 'cloudtrail_multi_region_enabled',
  uses: { cloudtrail: ['trails'] },
  run({ cloudtrail, account }, report) {
    for (const region of account.regions) {
      const subject = { arn: `arn:${account.partition}:cloudtrail:${region}:${account.id}:trail`, id: account.id, region };
      report.about(subject, () => {
        // One trail known to be logging settles it; otherwise a covering trail whose status is
        // unknown, or a region whose trails could not be listed, may hide one: that is ERROR.
        const covers = (trail: Trail) => trail.multiRegion || trail.region === region;
        const logging = firstWhere(cloudtrail.trails.found().filter(covers), (trail) => need(trail.isLogging));
        if (!logging) {
          // Absence needs every listing: a region that could not be listed may home a trail.
          cloudtrail.trails.ensureListed();
          return fail(`No trail that is logging records region ${region}.`);
        }
        const scope = logging.multiRegion ? 'multi-region trail' : 'trail';
        return pass(`Region ${region} is recorded by ${scope} ${logging.id}, which is logging.`, { ...logging, region });
      });
    }
  },
});
