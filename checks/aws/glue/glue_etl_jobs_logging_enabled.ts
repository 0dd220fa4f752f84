import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'glue_etl_jobs_logging_enabled',
  uses: { glue: ['jobs'] },
  run({ glue }, report) {
    report.each(glue.jobs, (job) =>
      verdict(
        job.continuousCloudWatchLog === 'true',
        `Glue job ${job.name} logs continuously to CloudWatch.`,
        `Glue job ${job.name} does not log continuously to CloudWatch.`,
      ),
    );
  },
});
