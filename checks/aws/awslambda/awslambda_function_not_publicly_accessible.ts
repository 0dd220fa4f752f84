import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';

export default defineCheck({
  id: 'awslambda_function_not_publicly_accessible',
  uses: { lambda: ['functionPolicies'] },
  run({ lambda }, report) {
    report.each(lambda.functionPolicies, (fn) => {
      const policy = need(fn.policy);
      return verdict(
        policy === null || !isPolicyPublic(policy),
        `Lambda function ${fn.name} has no resource-based policy granting public access.`,
        `Lambda function ${fn.name} has a resource-based policy granting public access.`,
      );
    });
  },
});
