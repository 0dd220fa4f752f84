import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_notebook_instance_vpc_settings_configured',
  uses: { sagemaker: ['notebookInstanceSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.notebookInstanceSettings, (instance) => {
      const settings = need(instance.settings);
      return verdict(Boolean(settings.subnetId), `Notebook instance ${instance.name} runs in subnet ${settings.subnetId}.`, `Notebook instance ${instance.name} is not placed in a VPC subnet.`);
    });
  },
});
