import { defineCheck } from '../../../src/checks/check.js';
import { judgeCisMonitoring, patternRequiring } from '../../../src/checks/cis-monitoring.js';

const PATTERN = patternRequiring({
  eventSource: 'organizations.amazonaws.com',
  eventNames: [
    'AcceptHandshake',
    'AttachPolicy',
    'CancelHandshake',
    'CreateAccount',
    'CreateOrganization',
    'CreateOrganizationalUnit',
    'CreatePolicy',
    'DeclineHandshake',
    'DeleteOrganization',
    'DeleteOrganizationalUnit',
    'DeletePolicy',
    'EnableAllFeatures',
    'EnablePolicyType',
    'InviteAccountToOrganization',
    'LeaveOrganization',
    'DetachPolicy',
    'DisablePolicyType',
    'MoveAccount',
    'RemoveAccountFromOrganization',
    'UpdateOrganizationalUnit',
    'UpdatePolicy',
  ],
});

export default defineCheck({
  id: 'cloudwatch_log_metric_filter_aws_organizations_changes',
  uses: { cloudtrail: ['trails'], cloudwatch: ['metricFilters', 'alarms'] },
  run(input, report) {
    judgeCisMonitoring(PATTERN, input, report);
  },
});
