import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_notebook_instance_without_direct_internet_access_configured',
  uses: { sagemaker: ['notebookInstanceSettings'] },
  run({ sagemaker }, report) {
    // directInternetAccess is Prowler's reading of the instance (see notebookSettingsOf in the service).
    report.each(sagemaker.notebookInstanceSettings, (instance) =>
      verdict(
        !need(instance.settings).directInternetAccess,
        `Notebook instance ${instance.name} has no direct internet access.`,
        `Notebook instance ${instance.name} has direct internet access.`,
      ),
    );
  },
});
