import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring, patternRequiring } from '../../../src/checks/cis-monitoring.js';

const PATTERN = patternRequiring({
  eventNames: ['ConsoleLogin'],
  terms: [{ field: 'additionalEventData.MFAUsed', operator: '!=', value: 'Yes' }],
});

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_sign_in_without_mfa',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
