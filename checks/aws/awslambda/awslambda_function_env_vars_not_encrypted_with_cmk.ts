import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'awslambda_function_env_vars_not_encrypted_with_cmk',
  uses: { lambda: ['functions'] },
  run({ lambda }, report) {
    report.each(lambda.functions, (fn) => {
      if (!fn.environment) return pass(`Lambda function ${fn.name} has no environment variables.`);
      if (fn.kmsKeyArn) return pass(`Lambda function ${fn.name} encrypts its environment variables with KMS key ${fn.kmsKeyArn}.`);
      return fail(`Lambda function ${fn.name} has environment variables encrypted only with the AWS managed key, not a customer managed KMS key.`);
    });
  },
});
