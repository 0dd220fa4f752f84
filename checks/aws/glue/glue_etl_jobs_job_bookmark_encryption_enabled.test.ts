import { testCheck } from '../../../test/helpers/check-cases.js';
import { SECURED_JOBS, securityConfigurationCases } from '../../../test/helpers/fixtures/glue.js';
import check from './glue_etl_jobs_job_bookmark_encryption_enabled.js';

testCheck(check, securityConfigurationCases('jobBookmarks', 'job bookmark encryption', SECURED_JOBS));
