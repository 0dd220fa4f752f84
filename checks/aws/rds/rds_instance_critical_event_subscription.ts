import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { hasRdsResources, judgeEventSubscriptions, sameCategories } from '../../../src/checks/rds.js';

const CRITICAL_CATEGORIES = ['maintenance', 'configuration change', 'failure'];

export default defineCheck({
  id: 'rds_instance_critical_event_subscription',
  uses: { rds: ['instances', 'eventSubscriptions'] },
  run({ rds, account, options }, report) {
    if (!options.scanUnusedServices && !hasRdsResources(rds.instances)) return;
    judgeEventSubscriptions(account, rds.eventSubscriptions, report, {
      missing: 'RDS instance events of the maintenance, configuration change and failure categories are not subscribed to.',
      judge(subscription) {
        if (subscription.sourceType !== 'db-instance' || !subscription.enabled) return undefined;
        const categories = subscription.eventCategories;
        const left = CRITICAL_CATEGORIES.filter((category) => !categories.includes(category));
        if (categories.length === 0 || sameCategories(categories, CRITICAL_CATEGORIES)) return pass(`RDS event subscription ${subscription.id} covers instance maintenance, configuration change and failure events.`);
        return fail(`RDS event subscription ${subscription.id} does not cover exactly the instance maintenance, configuration change and failure events (missing: ${left.join(', ') || 'none'}).`);
      },
    });
  },
});
