import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { grantsFullServiceAccess } from '../../../src/checks/policy/allowed-actions.js';
import { aboutInlinePolicy, inlinePolicyTitle } from '../../../src/checks/policy/iam-policy-scope.js';

export default defineCheck({
  id: 'iam_inline_policy_no_full_access_to_cloudtrail',
  uses: { iam: ['inlinePolicies'] },
  run({ iam }, report) {
    report.each(iam.inlinePolicies, (policy) =>
      aboutInlinePolicy(
        policy,
        verdict(
          !grantsFullServiceAccess(need(policy.document), 'cloudtrail'),
          `${inlinePolicyTitle(policy)} does not allow 'cloudtrail:*' on every resource.`,
          `${inlinePolicyTitle(policy)} allows 'cloudtrail:*' on every resource.`,
        ),
      ),
    );
  },
});
