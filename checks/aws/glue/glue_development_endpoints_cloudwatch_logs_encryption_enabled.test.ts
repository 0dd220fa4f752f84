import { testCheck } from '../../../test/helpers/check-cases.js';
import { SECURED_ENDPOINTS, securityConfigurationCases } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_development_endpoints_cloudwatch_logs_encryption_enabled.js';

testCheck(check, securityConfigurationCases('cloudWatch', 'CloudWatch Logs encryption', SECURED_ENDPOINTS));
