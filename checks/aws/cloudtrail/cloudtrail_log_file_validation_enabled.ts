import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudtrail_log_file_validation_enabled',
  uses: { cloudtrail: ['trails'] },
  run({ cloudtrail }, report) {
    report.each(cloudtrail.trails, (trail) => {
      const scope = trail.multiRegion ? 'Multi-region' : 'Single-region';
      return verdict(
        trail.logFileValidationEnabled,
        `${scope} trail ${trail.id} validates its log files with signed digests.`,
        `${scope} trail ${trail.id} does not validate its log files.`,
      );
    });
  },
});
