import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { grantsFullServiceAccess } from '../../../src/checks/policy/allowed-actions.js';
import { aboutInlinePolicy, inlinePolicyTitle } from '../../../src/checks/policy/iam-policy-scope.js';

export default defineCheck({
  id: 'iam_inline_policy_no_full_access_to_kms',
  uses: { iam: ['inlinePolicies'] },
  run({ iam }, report) {
    report.each(iam.inlinePolicies, (policy) =>
      aboutInlinePolicy(
        policy,
        verdict(
          !grantsFullServiceAccess(need(policy.document), 'kms'),
          `${inlinePolicyTitle(policy)} does not allow 'kms:*' on every resource.`,
          `${inlinePolicyTitle(policy)} allows 'kms:*' on every resource.`,
        ),
      ),
    );
  },
});
