import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { customPolicySkipped } from '../../../src/checks/policy/iam-policy-scope.js';
import { privilegeEscalationActions } from '../../../src/checks/policy/privilege-escalation.js';

export default defineCheck({
  id: 'iam_policy_allows_privilege_escalation',
  uses: { iam: ['managedPolicies'] },
  run({ iam, options }, report) {
    report.each(iam.managedPolicies, (policy) => {
      const skipped = customPolicySkipped(policy, options);
      if (skipped) return skipped;
      const escalation = privilegeEscalationActions(need(policy.document));
      return verdict(
        escalation.length === 0,
        `Customer managed policy ${policy.arn} allows no known privilege escalation.`,
        `Customer managed policy ${policy.arn} allows privilege escalation through ${escalation.join(', ')}.`,
      );
    });
  },
});
