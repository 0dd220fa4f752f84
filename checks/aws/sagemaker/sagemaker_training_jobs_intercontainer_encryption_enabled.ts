import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_training_jobs_intercontainer_encryption_enabled',
  uses: { sagemaker: ['trainingJobSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.trainingJobSettings, (job) => {
      const settings = need(job.settings);
      return verdict(settings.interContainerEncryption, `Training job ${job.name} encrypts traffic between its containers.`, `Training job ${job.name} does not encrypt traffic between its containers.`);
    });
  },
});
