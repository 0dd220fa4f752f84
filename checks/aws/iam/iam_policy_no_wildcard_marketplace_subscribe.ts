import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { allowsOnEveryResource } from '../../../src/checks/policy/allowed-actions.js';
import { customPolicySkipped } from '../../../src/checks/policy/iam-policy-scope.js';

export default defineCheck({
  id: 'iam_policy_no_wildcard_marketplace_subscribe',
  uses: { iam: ['managedPolicies'] },
  run({ iam, options }, report) {
    report.each(iam.managedPolicies, (policy) => {
      const skipped = customPolicySkipped(policy, options);
      if (skipped) return skipped;
      return verdict(
        !allowsOnEveryResource(need(policy.document), 'aws-marketplace:Subscribe'),
        `Customer managed policy ${policy.name} does not allow 'aws-marketplace:Subscribe' on every resource.`,
        `Customer managed policy ${policy.name} allows 'aws-marketplace:Subscribe' on every resource.`,
      );
    });
  },
});
