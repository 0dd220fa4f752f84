import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

/** Prowler allows a day without delivery before it calls a trail silent. */
const MAX_SILENCE_MS = 24 * 60 * 60 * 1000;

export default defineCheck({
  id: 'cloudtrail_cloudwatch_logging_enabled',
  uses: { cloudtrail: ['trails'] },
  run({ cloudtrail }, report) {
    report.each(cloudtrail.trails, (trail) => {
      const scope = trail.multiRegion ? 'Multi-region' : 'Single-region';
      const delivered = need(trail.latestCloudWatchLogsDelivery);
      if (delivered === null) return fail(`${scope} trail ${trail.id} has never delivered to CloudWatch Logs, or is not set up to.`);
      return verdict(
        trail.statusReadAt.getTime() - delivered.getTime() <= MAX_SILENCE_MS,
        `${scope} trail ${trail.id} delivered to CloudWatch Logs within the last 24 hours.`,
        `${scope} trail ${trail.id} has not delivered to CloudWatch Logs in the last 24 hours (last on ${delivered.toISOString()}).`,
      );
    });
  },
});
