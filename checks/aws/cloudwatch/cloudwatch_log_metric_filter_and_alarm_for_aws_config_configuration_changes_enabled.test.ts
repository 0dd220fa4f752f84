import { testCheck } from '../../../test/helpers/check-cases.js';
import { cisMonitoringCases } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_log_metric_filter_and_alarm_for_aws_config_configuration_changes_enabled.js';

testCheck(check, cisMonitoringCases(
  '{ ($.eventSource = "config.amazonaws.com") && (($.eventName = "StopConfigurationRecorder") || ($.eventName = "DeleteDeliveryChannel") || ($.eventName = "PutDeliveryChannel") || ($.eventName = "PutConfigurationRecorder")) }',
  '{ (($.eventName = StopConfigurationRecorder) || ($.eventName = DeleteDeliveryChannel) || ($.eventName = PutDeliveryChannel) || ($.eventName = PutConfigurationRecorder)) }',
));
