import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { hasRdsResources, judgeEventSubscriptions, sameCategories } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_critical_event_subscription',
  uses: { rds: ['clusters', 'eventSubscriptions'] },
  run({ rds, account, options }, report) {
    if (!options.scanUnusedServices && !hasRdsResources(rds.clusters)) return;
    judgeEventSubscriptions(account, rds.eventSubscriptions, report, {
      missing: 'RDS cluster events of the maintenance and failure categories are not subscribed to.',
      judge(subscription) {
        if (subscription.sourceType !== 'db-cluster' || !subscription.enabled) return undefined;
        const categories = subscription.eventCategories;
        if (categories.length === 0 || sameCategories(categories, ['maintenance', 'failure'])) return pass(`RDS event subscription ${subscription.id} covers cluster maintenance and failure events.`);
        if (sameCategories(categories, ['maintenance'])) return fail(`RDS event subscription ${subscription.id} leaves out cluster failure events.`);
        if (sameCategories(categories, ['failure'])) return fail(`RDS event subscription ${subscription.id} leaves out cluster maintenance events.`);
        return undefined;
      },
    });
  },
});
