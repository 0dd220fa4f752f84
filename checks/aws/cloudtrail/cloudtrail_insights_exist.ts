import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudtrail_insights_exist',
  uses: { cloudtrail: ['trails', 'trailInsights'] },
  run({ cloudtrail }, report) {
    report.each(cloudtrail.trails, (trail) => {
      if (!need(trail.isLogging)) return notApplicable('the trail is not logging');
      const insights = cloudtrail.trailInsights.find((candidate) => candidate.arn === trail.arn);
      if (!insights) return notApplicable('its insight selectors were not listed');
      const insightType = need(insights.firstInsightType);
      return verdict(
        insightType !== null,
        `Trail ${trail.id} is logging and has CloudTrail Insights selectors (${insightType}).`,
        `Trail ${trail.id} is logging but has no CloudTrail Insights selectors.`,
      );
    });
  },
});
