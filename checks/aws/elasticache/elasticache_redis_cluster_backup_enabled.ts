import { retentionVerdict } from '../../../src/checks/backup-retention.js';
import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticache_redis_cluster_backup_enabled',
  uses: { elasticache: ['replicationGroups'] },
  config: ['minimum_snapshot_retention_period'],
  run({ elasticache, config }, report) {
    report.each(elasticache.replicationGroups, (group) =>
      retentionVerdict(`ElastiCache replication group ${group.id}`, 'automatic snapshots', group.snapshotRetentionDays, config.minimum_snapshot_retention_period),
    );
  },
});
