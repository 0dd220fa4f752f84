import { testCheck } from '../../../test/helpers/check-cases.js';
import { SECURED_ENDPOINTS, securityConfigurationCases } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_development_endpoints_s3_encryption_enabled.js';

testCheck(check, securityConfigurationCases('s3', 'S3 encryption', SECURED_ENDPOINTS));
