import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_in_transit_encryption_enabled',
  uses: { elasticache: ['replicationGroups'] },
  run({ elasticache }, report) {
    report.each(elasticache.replicationGroups, (group) =>
      verdict(
        group.transitEncryption,
        `ElastiCache replication group ${group.id} encrypts data in transit.`,
        `ElastiCache replication group ${group.id} does not encrypt data in transit.`,
      ),
    );
  },
});
