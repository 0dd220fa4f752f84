import { testCheck } from '../../../test/helpers/check-cases.js';
import { cisMonitoringCases } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_metric_filter_sign_in_without_mfa.js';

testCheck(check, cisMonitoringCases(
  '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed != "Yes") }',
  '{ ($.eventName = "ConsoleLogin") && ($.additionalEventData.MFAUsed = "Yes") }',
));
