import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_training_jobs_volume_and_output_encryption_enabled',
  uses: { sagemaker: ['trainingJobSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.trainingJobSettings, (job) => {
      const settings = need(job.settings);
      return verdict(Boolean(settings.volumeKmsKeyId), `Training job ${job.name} encrypts its storage volumes with KMS key ${settings.volumeKmsKeyId}.`, `Training job ${job.name} names no KMS key for its storage volumes.`);
    });
  },
});
