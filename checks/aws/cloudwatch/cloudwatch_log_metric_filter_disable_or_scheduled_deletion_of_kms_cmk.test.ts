import { testCheck } from '../../../test/helpers/check-cases.js';
import { cisMonitoringCases } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_metric_filter_disable_or_scheduled_deletion_of_kms_cmk.js';

testCheck(check, cisMonitoringCases(
  '{ ($.eventSource = kms.amazonaws.com) && (($.eventName = DisableKey) || ($.eventName = ScheduleKeyDeletion)) }',
  '{ ($.eventSource = kms.amazonaws.com) && ($.eventName = DisableKey) }',
));
