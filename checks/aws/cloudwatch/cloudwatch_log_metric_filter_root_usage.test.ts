import { testCheck } from '../../../test/helpers/check-cases.js';
import { cisMonitoringCases } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_metric_filter_root_usage.js';

testCheck(check, cisMonitoringCases(
  '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }',
  '{ $.userIdentity.type = "Root" && $.eventType != "AwsServiceEvent" }',
));
