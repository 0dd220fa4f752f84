import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring, patternRequiring } from '../../../src/checks/cis-monitoring.js';

const PATTERN = patternRequiring({
  eventNames: ['ConsoleLogin'],
  terms: [{ field: 'errorMessage', operator: '=', value: 'Failed authentication' }],
});

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_authentication_failures',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
