import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_notebook_instance_root_access_disabled',
  uses: { sagemaker: ['notebookInstanceSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.notebookInstanceSettings, (instance) => {
      const settings = need(instance.settings);
      return verdict(!settings.rootAccess, `Notebook instance ${instance.name} gives its users no root access.`, `Notebook instance ${instance.name} gives its users root access.`);
    });
  },
});
