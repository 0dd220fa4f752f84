import { defineCheck, need, pass, verdict } from '../../../src/checks/check.js';
import type { PolicyStatement } from '../../../src/services/policy.js';

/**
 * Prowler's Glacier rule looks at principals alone, conditions aside: an Allow to "*" (as the
 * whole principal, an AWS principal or a canonical user) opens the vault to everyone.
 */
function allowsEveryone(statement: PolicyStatement): boolean {
  const principal: Record<string, string[]> = statement.Principal ?? {};
  return statement.Effect === 'Allow' && ('*' in principal || [...(principal.AWS ?? []), ...(principal.CanonicalUser ?? [])].includes('*'));
}

export default defineCheck({
  id: 'glacier_vaults_policy_public_access',
  uses: { glacier: ['vaultPolicies'] },
  run({ glacier }, report) {
    report.each(glacier.vaultPolicies, (vault) => {
      const policy = need(vault.policy);
      if (policy === null) return pass(`Glacier vault ${vault.name} has no access policy.`);
      return verdict(
        !policy.Statement.some(allowsEveryone),
        `Glacier vault ${vault.name} has an access policy that does not allow everyone in.`,
        `Glacier vault ${vault.name} has an access policy that allows everyone in.`,
      );
    });
  },
});
