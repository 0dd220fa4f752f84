import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_clarify_exists',
  uses: { sagemaker: ['clarifyUsage'] },
  run({ sagemaker }, report) {
    // One PASS per Clarify job, under the job; a region without any is one FAIL under the region.
    report.each(sagemaker.clarifyUsage, (usage) => {
      const jobs = need(usage.clarifyJobs);
      if (jobs.length === 0) return fail(`No SageMaker Clarify processing job exists in ${usage.region}.`);
      return jobs.map((job) => pass(`Clarify processing job ${job.name} exists in ${usage.region}.`, { arn: job.arn, id: job.name, name: job.name }));
    });
  },
});
