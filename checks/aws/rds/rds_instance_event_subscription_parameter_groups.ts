import { defineCheck, verdict } from '../../../src/checks/check.js';
import { hasRdsResources, judgeEventSubscriptions, sameCategories } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_event_subscription_parameter_groups',
  uses: { rds: ['instances', 'eventSubscriptions'] },
  run({ rds, account, options }, report) {
    if (!options.scanUnusedServices && !hasRdsResources(rds.instances)) return;
    judgeEventSubscriptions(account, rds.eventSubscriptions, report, {
      missing: 'RDS parameter group events of the configuration change category are not subscribed to.',
      judge(subscription) {
        if (subscription.sourceType !== 'db-parameter-group') return undefined;
        const categories = subscription.eventCategories;
        return verdict(
          subscription.enabled && (categories.length === 0 || sameCategories(categories, ['configuration change'])),
          `RDS event subscription ${subscription.id} covers parameter group configuration changes.`,
          `RDS event subscription ${subscription.id} does not deliver parameter group configuration changes (disabled, or other categories).`,
        );
      },
    });
  },
});
