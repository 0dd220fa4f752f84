import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';
import { describeFileSecrets } from '../../../src/checks/package-secrets.js';

export default defineCheck({
  id: 'awslambda_layer_no_secrets_in_content',
  uses: { lambda: ['layers'] },
  // Applied where the contents are scanned, in the collection.
  config: ['secrets_ignore_patterns', 'secrets_ignore_files'],
  run({ lambda }, report) {
    report.each(lambda.layers, (layer) => {
      const label = `Lambda layer ${layer.name} (version ${layer.version})`;
      const files = need(layer.contentSecrets);
      if (files === null) return manual(`AWS handed out no location for the content of ${label}; review it by hand.`);
      if (files.length === 0) return pass(`No secrets found in the content of ${label}.`);
      return fail(`Potential secrets in the content of ${label}: ${describeFileSecrets(files)}.`);
    });
  },
});
