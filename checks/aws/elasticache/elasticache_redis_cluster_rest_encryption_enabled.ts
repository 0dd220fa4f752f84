import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_rest_encryption_enabled',
  uses: { elasticache: ['replicationGroups'] },
  run({ elasticache }, report) {
    report.each(elasticache.replicationGroups, (group) =>
      verdict(
        group.atRestEncryption,
        `ElastiCache replication group ${group.id} encrypts its data at rest.`,
        `ElastiCache replication group ${group.id} does not encrypt its data at rest.`,
      ),
    );
  },
});
