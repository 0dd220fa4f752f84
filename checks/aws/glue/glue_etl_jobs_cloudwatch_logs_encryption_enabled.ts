import { defineCheck } from '../../../src/checks/check.js';
import { judgeGlueEncryption } from '../../../src/checks/glue-encryption.js';

export default defineCheck({
  id: 'glue_etl_jobs_cloudwatch_logs_encryption_enabled',
  uses: { glue: ['jobs', 'securityConfigurations'] },
  run({ glue }, report) {
    report.each(glue.jobs, (job) => judgeGlueEncryption(job, glue.securityConfigurations, 'cloudWatch', { what: `Glue job ${job.name}`, encryption: 'CloudWatch Logs encryption' }));
  },
});
