import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring, patternRequiring } from '../../../src/checks/cis-monitoring.js';

const PATTERN = patternRequiring({
  eventSource: 'config.amazonaws.com',
  eventNames: ['StopConfigurationRecorder', 'DeleteDeliveryChannel', 'PutDeliveryChannel', 'PutConfigurationRecorder'],
});

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
