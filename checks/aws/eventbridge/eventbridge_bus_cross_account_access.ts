import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { allowsOtherAccounts } from '../../../src/checks/policy/cross-account.js';

export default defineCheck({
  id: 'eventbridge_bus_cross_account_access',
  uses: { eventbridge: ['busPolicies'] },
  config: ['trusted_account_ids'],
  run({ eventbridge, account, config }, report) {
    report.each(eventbridge.busPolicies, (bus) => {
      const policy = need(bus.policy);
      return verdict(
        policy === null || !allowsOtherAccounts(policy, account.id, config.trusted_account_ids),
        `EventBridge event bus ${bus.name} does not allow cross-account access.`,
        `EventBridge event bus ${bus.name} allows cross-account access.`,
      );
    });
  },
});
