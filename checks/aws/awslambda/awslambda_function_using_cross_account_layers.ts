import { defineCheck, fail, pass } from '../../../src/checks/check.js';

/** The account field of a layer version ARN (arn:partition:lambda:region:account:layer:name:version). */
function layerAccount(layerArn: string): string {
  return layerArn.split(':')[4] ?? '';
}

export default defineCheck({
  id: 'awslambda_function_using_cross_account_layers',
  uses: { lambda: ['functions'] },
  run({ lambda, account }, report) {
    report.each(lambda.functions, (fn) => {
      if (fn.layerArns.length === 0) return pass(`Lambda function ${fn.name} uses no layers.`);
      const foreign = fn.layerArns.filter((arn) => layerAccount(arn) !== account.id);
      if (foreign.length > 0) return fail(`Lambda function ${fn.name} uses layers of other accounts: ${foreign.join(', ')}.`);
      return pass(`Lambda function ${fn.name} uses only layers of its own account (${account.id}).`);
    });
  },
});
