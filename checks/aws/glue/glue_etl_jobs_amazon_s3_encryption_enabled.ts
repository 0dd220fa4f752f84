import { defineCheck, pass } from '../../../src/checks/check.js';
import { judgeGlueEncryption } from '../../../src/checks/glue-encryption.js';

export default defineCheck({
  id: 'glue_etl_jobs_amazon_s3_encryption_enabled',
  uses: { glue: ['jobs', 'securityConfigurations'] },
  run({ glue }, report) {
    report.each(glue.jobs, (job) =>
      // A job without a security configuration may still ask for SSE-S3 through its arguments.
      judgeGlueEncryption(job, glue.securityConfigurations, 's3', { what: `Glue job ${job.name}`, encryption: 'S3 encryption' }, () =>
        job.encryptionType === 'sse-s3' ? pass(`Glue job ${job.name} has S3 encryption (SSE-S3) enabled by its --encryption-type argument.`) : undefined,
      ),
    );
  },
});
