import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { aboutInlinePolicy, inlinePolicyTitle } from '../../../src/checks/policy/iam-policy-scope.js';
import { privilegeEscalationActions } from '../../../src/checks/policy/privilege-escalation.js';

export default defineCheck({
  id: 'iam_inline_policy_allows_privilege_escalation',
  uses: { iam: ['inlinePolicies'] },
  run({ iam }, report) {
    report.each(iam.inlinePolicies, (policy) => {
      const escalation = privilegeEscalationActions(need(policy.document));
      return aboutInlinePolicy(
        policy,
        verdict(
          escalation.length === 0,
          `${inlinePolicyTitle(policy)} allows no known privilege escalation.`,
          `${inlinePolicyTitle(policy)} allows privilege escalation through ${escalation.join(', ')}.`,
        ),
      );
    });
  },
});
