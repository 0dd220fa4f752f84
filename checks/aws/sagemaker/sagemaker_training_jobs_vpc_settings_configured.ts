import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_training_jobs_vpc_settings_configured',
  uses: { sagemaker: ['trainingJobSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.trainingJobSettings, (job) => {
      const settings = need(job.settings);
      return verdict(settings.vpcSubnets.length > 0, `Training job ${job.name} runs in VPC subnets ${settings.vpcSubnets.join(', ')}.`, `Training job ${job.name} names no VPC subnets.`);
    });
  },
});
