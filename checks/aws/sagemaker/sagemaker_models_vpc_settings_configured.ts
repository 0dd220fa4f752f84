import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_models_vpc_settings_configured',
  uses: { sagemaker: ['modelSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.modelSettings, (model) => {
      const settings = need(model.settings);
      return verdict(settings.vpcSubnets.length > 0, `Model ${model.name} runs in VPC subnets ${settings.vpcSubnets.join(', ')}.`, `Model ${model.name} names no VPC subnets.`);
    });
  },
});
