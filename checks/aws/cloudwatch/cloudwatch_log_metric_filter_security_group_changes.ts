import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring, patternRequiring } from '../../../src/checks/cis-monitoring.js';

const PATTERN = patternRequiring({
  eventNames: ['AuthorizeSecurityGroupIngress', 'AuthorizeSecurityGroupEgress', 'RevokeSecurityGroupIngress', 'RevokeSecurityGroupEgress', 'CreateSecurityGroup', 'DeleteSecurityGroup'],
});

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_security_group_changes',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
