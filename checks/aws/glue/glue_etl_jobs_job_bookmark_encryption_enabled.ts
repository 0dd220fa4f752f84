import { defineCheck } from '../../../src/checks/check.js';
import { judgeGlueEncryption } from '../../../src/checks/glue-encryption.js';

export default defineCheck({
  id: 'glue_etl_jobs_job_bookmark_encryption_enabled',
  uses: { glue: ['jobs', 'securityConfigurations'] },
  run({ glue }, report) {
    report.each(glue.jobs, (job) => judgeGlueEncryption(job, glue.securityConfigurations, 'jobBookmarks', { what: `Glue job ${job.name}`, encryption: 'job bookmark encryption' }));
  },
});
