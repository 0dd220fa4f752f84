import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { grantsFullServiceAccess } from '../../../src/checks/policy/allowed-actions.js';
import { customPolicySkipped } from '../../../src/checks/policy/iam-policy-scope.js';

export default defineCheck({
  id: 'iam_policy_no_full_access_to_kms',
  uses: { iam: ['managedPolicies'] },
  run({ iam, options }, report) {
    report.each(iam.managedPolicies, (policy) => {
      const skipped = customPolicySkipped(policy, options);
      if (skipped) return skipped;
      return verdict(
        !grantsFullServiceAccess(need(policy.document), 'kms'),
        `Customer managed policy ${policy.name} does not allow 'kms:*' on every resource.`,
        `Customer managed policy ${policy.name} allows 'kms:*' on every resource.`,
      );
    });
  },
});
