import { testCheck } from '../../../test/helpers/check-cases.js';
import { cisMonitoringCases } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_metric_filter_authentication_failures.js';

testCheck(check, cisMonitoringCases(
  '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  '{ ($.eventName = ConsoleLogin) }',
));
