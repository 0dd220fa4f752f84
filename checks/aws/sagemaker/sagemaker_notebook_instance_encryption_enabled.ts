import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_notebook_instance_encryption_enabled',
  uses: { sagemaker: ['notebookInstanceSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.notebookInstanceSettings, (instance) => {
      const settings = need(instance.settings);
      return verdict(Boolean(settings.kmsKeyId), `Notebook instance ${instance.name} encrypts its storage with KMS key ${settings.kmsKeyId}.`, `Notebook instance ${instance.name} names no KMS key for its storage.`);
    });
  },
});
