import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring, patternRequiring } from '../../../src/checks/cis-monitoring.js';

const PATTERN = patternRequiring({ eventSource: 'kms.amazonaws.com', eventNames: ['DisableKey', 'ScheduleKeyDeletion'] });

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
