import { testCheck } from '../../../test/helpers/check-cases.js';
import { cisMonitoringCases } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_metric_filter_unauthorized_api_calls.js';

testCheck(check, cisMonitoringCases(
  '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") }',
  '{ ($.errorCode = "AccessDenied*") || ($.errorCode = "*UnauthorizedOperation") }',
));
