import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import { allowsOtherAccounts } from '../../../src/checks/policy/cross-account.js';

export default defineCheck({
  id: 'eventbridge_schema_registry_cross_account_access',
  uses: { eventbridge: ['registryPolicies'] },
  config: ['trusted_account_ids'],
  run({ eventbridge, account, config }, report) {
    report.each(eventbridge.registryPolicies, (registry) => {
      const policy = need(registry.policy);
      if (policy === null) return notApplicable('the registry has no resource policy');
      return verdict(
        !allowsOtherAccounts(policy, account.id, config.trusted_account_ids),
        `EventBridge schema registry ${registry.name} does not allow cross-account access.`,
        `EventBridge schema registry ${registry.name} allows cross-account access.`,
      );
    });
  },
});
