import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { allowsOnEveryResource } from '../../../src/checks/policy/allowed-actions.js';
import { aboutInlinePolicy, inlinePolicyTitle } from '../../../src/checks/policy/iam-policy-scope.js';

export default defineCheck({
  id: 'iam_inline_policy_no_wildcard_marketplace_subscribe',
  uses: { iam: ['inlinePolicies'] },
  run({ iam }, report) {
    report.each(iam.inlinePolicies, (policy) =>
      aboutInlinePolicy(
        policy,
        verdict(
          !allowsOnEveryResource(need(policy.document), 'aws-marketplace:Subscribe'),
          `${inlinePolicyTitle(policy)} does not allow 'aws-marketplace:Subscribe' on every resource.`,
          `${inlinePolicyTitle(policy)} allows 'aws-marketplace:Subscribe' on every resource.`,
        ),
      ),
    );
  },
});
