import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_models_network_isolation_enabled',
  uses: { sagemaker: ['modelSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.modelSettings, (model) => {
      const settings = need(model.settings);
      return verdict(settings.networkIsolation, `Model ${model.name} runs its containers with network isolation.`, `Model ${model.name} runs its containers without network isolation.`);
    });
  },
});
