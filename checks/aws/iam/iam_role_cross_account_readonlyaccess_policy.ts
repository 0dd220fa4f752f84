import { defineCheck, need, notApplicable, pass, verdict } from '../../../src/checks/check.js';
import type { PolicyDocument } from '../../../src/services/policy.js';

/**
 * Whether the trust policy lets principals of other accounts assume the role, as Prowler reads it:
 * an allowed AWS principal that is "*" or does not contain the account's ID.
 */
function trustsOtherAccounts(trust: PolicyDocument, accountId: string): boolean {
  return trust.Statement.some(
    (statement) => statement.Effect === 'Allow' && (statement.Principal?.AWS ?? []).some((principal) => principal === '*' || !principal.includes(accountId)),
  );
}

export default defineCheck({
  id: 'iam_role_cross_account_readonlyaccess_policy',
  uses: { iam: ['roles'] },
  run({ iam, account }, report) {
    report.each(iam.roles, (role) => {
      if (need(role.isServiceRole)) return notApplicable('a service role, which only AWS services assume');
      // Matched by name, as Prowler does.
      if (!role.attachedPolicies.some((policy) => policy.name === 'ReadOnlyAccess')) return pass(`IAM role ${role.name} has no ReadOnlyAccess policy attached.`);
      return verdict(
        !trustsOtherAccounts(need(role.trustPolicy), account.id),
        `IAM role ${role.name} has read-only access but only this account may assume it.`,
        `IAM role ${role.name} gives other accounts read-only access.`,
      );
    });
  },
});
