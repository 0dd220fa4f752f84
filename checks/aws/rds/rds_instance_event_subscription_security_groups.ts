import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { hasRdsResources, judgeEventSubscriptions, sameCategories } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_event_subscription_security_groups',
  uses: { rds: ['instances', 'eventSubscriptions'] },
  run({ rds, account, options }, report) {
    if (!options.scanUnusedServices && !hasRdsResources(rds.instances)) return;
    judgeEventSubscriptions(account, rds.eventSubscriptions, report, {
      missing: 'RDS security group events of the configuration change and failure categories are not subscribed to.',
      judge(subscription) {
        if (subscription.sourceType !== 'db-security-group' || !subscription.enabled) return undefined;
        const categories = subscription.eventCategories;
        if (categories.length === 0 || sameCategories(categories, ['configuration change', 'failure'])) return pass(`RDS event subscription ${subscription.id} covers security group configuration change and failure events.`);
        if (sameCategories(categories, ['configuration change'])) return fail(`RDS event subscription ${subscription.id} leaves out security group failure events.`);
        if (sameCategories(categories, ['failure'])) return fail(`RDS event subscription ${subscription.id} leaves out security group configuration change events.`);
        return undefined;
      },
    });
  },
});
