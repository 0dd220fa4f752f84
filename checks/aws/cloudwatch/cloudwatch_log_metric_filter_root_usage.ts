import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring } from '../../../src/checks/cis-monitoring.js';

// Root activity not invoked by a service, other than AWS's own service events, in this order.
const PATTERN = /\$\.userIdentity\.type\s*=\s*.?Root.+\$\.userIdentity\.invokedBy NOT EXISTS.+\$\.eventType\s*!=\s*.?AwsServiceEvent.?/s;

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_root_usage',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
