import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_automatic_failover_enabled',
  uses: { elasticache: ['replicationGroups'] },
  run({ elasticache }, report) {
    report.each(elasticache.replicationGroups, (group) =>
      // A group still "enabling" failover cannot fail over yet, so only "enabled" passes.
      verdict(
        group.automaticFailover === 'enabled',
        `ElastiCache replication group ${group.id} fails over to a replica automatically.`,
        `ElastiCache replication group ${group.id} does not fail over automatically (automatic failover is ${group.automaticFailover}).`,
      ),
    );
  },
});
