import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import { describeFileSecrets } from '../../../src/checks/package-secrets.js';

export default defineCheck({
  id: 'awslambda_function_no_secrets_in_code',
  uses: { lambda: ['functionCodeSecrets'] },
  // Applied where the packages are scanned, in the collection.
  config: ['secrets_ignore_patterns', 'secrets_ignore_files'],
  run({ lambda }, report) {
    report.each(lambda.functionCodeSecrets, (fn) => {
      const files = need(fn.codeSecrets);
      if (files === null) return notApplicable('no code package to download (a container image)');
      if (files.length === 0) return pass(`No secrets found in the code of Lambda function ${fn.name}.`);
      return fail(`Potential secrets in the code of Lambda function ${fn.name}: ${describeFileSecrets(files)}.`);
    });
  },
});
