import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'awslambda_function_no_secrets_in_variables',
  uses: { lambda: ['functionVariableSecrets'] },
  // Applied where the variables are scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ lambda }, report) {
    report.each(lambda.functionVariableSecrets, (fn) => {
      if (fn.variableSecrets.length === 0) return pass(`No secrets found in the environment variables of Lambda function ${fn.name}.`);
      const where = fn.variableSecrets.map(({ kind, variable }) => `${kind} in variable ${variable}`).join(', ');
      return fail(`Potential secrets in the environment variables of Lambda function ${fn.name}: ${where}.`);
    });
  },
});
