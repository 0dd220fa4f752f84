import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_training_jobs_network_isolation_enabled',
  uses: { sagemaker: ['trainingJobSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.trainingJobSettings, (job) => {
      const settings = need(job.settings);
      return verdict(settings.networkIsolation, `Training job ${job.name} runs its containers with network isolation.`, `Training job ${job.name} runs its containers without network isolation.`);
    });
  },
});
