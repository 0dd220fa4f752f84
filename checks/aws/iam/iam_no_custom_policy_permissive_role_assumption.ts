import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { customPolicySkipped } from '../../../src/checks/policy/iam-policy-scope.js';
import type { PolicyStatement } from '../../../src/services/policy.js';

/**
 * Prowler compares the Action values as written, case included, without expanding wildcards:
 * "sts:Assume*" or "STS:AssumeRole" do not count, while any "*" inside a Resource value does.
 */
const ROLE_ASSUMING_ACTIONS = new Set(['sts:AssumeRole', 'sts:*', '*']);

function allowsAssumingRolesWidely(statement: PolicyStatement): boolean {
  return (
    statement.Effect === 'Allow' &&
    (statement.Resource ?? []).some((resource) => resource.includes('*')) &&
    (statement.Action ?? []).some((action) => ROLE_ASSUMING_ACTIONS.has(action))
  );
}

export default defineCheck({
  id: 'iam_no_custom_policy_permissive_role_assumption',
  uses: { iam: ['managedPolicies'] },
  run({ iam, options }, report) {
    report.each(iam.managedPolicies, (policy) => {
      const skipped = customPolicySkipped(policy, options);
      if (skipped) return skipped;
      return verdict(
        !need(policy.document).Statement.some(allowsAssumingRolesWidely),
        `Customer managed policy ${policy.name} does not allow assuming roles on wildcard resources.`,
        `Customer managed policy ${policy.name} allows sts:AssumeRole on a wildcard resource.`,
      );
    });
  },
});
