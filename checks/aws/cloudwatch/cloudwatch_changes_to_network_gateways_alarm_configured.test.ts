import { testCheck } from '../../../test/helpers/check-cases.js';
import { cisMonitoringCases } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_changes_to_network_gateways_alarm_configured.js';

testCheck(check, cisMonitoringCases(
  '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) || ($.eventName = DetachInternetGateway) }',
  '{ ($.eventName = CreateCustomerGateway) || ($.eventName = DeleteCustomerGateway) || ($.eventName = AttachInternetGateway) || ($.eventName = CreateInternetGateway) || ($.eventName = DeleteInternetGateway) }',
));
