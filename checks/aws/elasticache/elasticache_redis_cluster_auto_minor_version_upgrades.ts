import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_auto_minor_version_upgrades',
  uses: { elasticache: ['replicationGroups'] },
  run({ elasticache }, report) {
    report.each(elasticache.replicationGroups, (group) =>
      verdict(
        group.autoMinorVersionUpgrade,
        `ElastiCache replication group ${group.id} applies minor engine upgrades automatically.`,
        `ElastiCache replication group ${group.id} does not apply minor engine upgrades automatically.`,
      ),
    );
  },
});
