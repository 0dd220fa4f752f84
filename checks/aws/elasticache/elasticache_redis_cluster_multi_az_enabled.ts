import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_multi_az_enabled',
  uses: { elasticache: ['replicationGroups'] },
  run({ elasticache }, report) {
    report.each(elasticache.replicationGroups, (group) =>
      verdict(
        group.multiAz === 'enabled',
        `ElastiCache replication group ${group.id} has Multi-AZ turned on.`,
        `ElastiCache replication group ${group.id} does not have Multi-AZ turned on.`,
      ),
    );
  },
});
