import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudformation_stack_outputs_find_secrets',
  uses: { cloudformation: ['outputSecrets'] },
  // Applied where the outputs are scanned, in the collection.
  config: ['secrets_ignore_patterns'],
  run({ cloudformation }, report) {
    report.each(cloudformation.outputSecrets, (stack) => {
      if (stack.outputCount === 0) return pass(`CloudFormation stack ${stack.name} has no outputs.`);
      if (stack.secrets.length === 0) return pass(`No secrets found in the outputs of CloudFormation stack ${stack.name}.`);
      const found = stack.secrets.map(({ kind, line }) => `${kind} in output ${line}`).join(', ');
      return fail(`Potential secrets in the outputs of CloudFormation stack ${stack.name}: ${found}.`);
    });
  },
});
