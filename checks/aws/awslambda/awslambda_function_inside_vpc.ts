import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'awslambda_function_inside_vpc',
  uses: { lambda: ['functions'] },
  run({ lambda }, report) {
    report.each(lambda.functions, (fn) =>
      verdict(fn.vpcId !== undefined, `Lambda function ${fn.name} runs inside VPC ${fn.vpcId}.`, `Lambda function ${fn.name} is not attached to a VPC.`),
    );
  },
});
