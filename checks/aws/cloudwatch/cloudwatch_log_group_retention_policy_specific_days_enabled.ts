import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudwatch_log_group_retention_policy_specific_days_enabled',
  uses: { cloudwatch: ['logGroups'] },
  config: ['log_group_retention_days'],
  run({ cloudwatch, config }, report) {
    const required = config.log_group_retention_days;
    report.each(cloudwatch.logGroups, (group) => {
      if (group.retentionDays === null) return pass(`Log group ${group.id} keeps its events forever, at least the ${required} days required.`);
      if (group.retentionDays < required) return fail(`Log group ${group.id} keeps its events ${group.retentionDays} days, fewer than the ${required} required.`);
      return pass(`Log group ${group.id} keeps its events ${group.retentionDays} days, at least the ${required} required.`);
    });
  },
});
