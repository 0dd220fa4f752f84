import { testCheck } from '../../../test/helpers/check-cases.js';
import { SECURED_ENDPOINTS, securityConfigurationCases } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_development_endpoints_job_bookmark_encryption_enabled.js';

testCheck(check, securityConfigurationCases('jobBookmarks', 'job bookmark encryption', SECURED_ENDPOINTS));
