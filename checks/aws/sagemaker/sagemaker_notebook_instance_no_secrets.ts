import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';
import { describeSecrets } from '../../../src/secrets/detect.js';

export default defineCheck({
  id: 'sagemaker_notebook_instance_no_secrets',
  uses: { sagemaker: ['notebookInstanceLifecycles'] },
  // Applied where the scripts are scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ sagemaker }, report) {
    report.each(sagemaker.notebookInstanceLifecycles, (instance) => {
      const lifecycle = need(instance.lifecycle);
      if (lifecycle.state === 'none') return pass(`Notebook instance ${instance.name} has no lifecycle configuration.`);
      if (lifecycle.state === 'undecodable') return manual(`A lifecycle script of notebook instance ${instance.name} is not valid base64 and could not be scanned; review it by hand.`);
      const leaks = lifecycle.scripts.filter((script) => script.secrets.length > 0);
      if (leaks.length === 0) return pass(`No secrets found in the lifecycle scripts of notebook instance ${instance.name}.`);
      const where = leaks.map((script) => `${script.script}: ${describeSecrets(script.secrets)}`).join('; ');
      return fail(`Potential secrets in the lifecycle scripts of notebook instance ${instance.name}: ${where}.`);
    });
  },
});
