import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { grantsAdministrativeAccess } from '../../../src/checks/policy/admin-access.js';

export default defineCheck({
  id: 'iam_inline_policy_no_administrative_privileges',
  uses: { iam: ['inlinePolicies'] },
  run({ iam }, report) {
    report.each(iam.inlinePolicies, (policy) => {
      const { kind, name: owner, arn } = policy.identity;
      return {
        ...verdict(
          !grantsAdministrativeAccess(need(policy.document)),
          `Inline policy ${policy.name} of ${kind} ${owner} does not allow '*:*'.`,
          `Inline policy ${policy.name} of ${kind} ${owner} allows '*:*' administrative access.`,
        ),
        // Inline policies have no ARN of their own: findings name their identity's, as Prowler's do.
        subject: { arn },
      };
    });
  },
});
