import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring } from '../../../src/checks/cis-monitoring.js';

// Both denial codes, each with its wildcard on the side CIS puts it, in this order.
const PATTERN = /\$\.errorCode\s*=\s*.?\*UnauthorizedOperation.+\$\.errorCode\s*=\s*.?AccessDenied\*.?/s;

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_unauthorized_api_calls',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
