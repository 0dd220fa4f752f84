import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring, patternRequiring } from '../../../src/checks/cis-monitoring.js';

const PATTERN = patternRequiring({ eventNames: ['CreateTrail', 'UpdateTrail', 'DeleteTrail', 'StartLogging', 'StopLogging'] });

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_and_alarm_for_cloudtrail_configuration_changes_enabled',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
