import { retentionVerdict } from '../../../src/checks/backup-retention.js';
import { defineCheck } from '../../../src/checks/check.js';
import { DOCUMENTDB, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'documentdb_cluster_backup_enabled',
  uses: { rds: ['clusters'] },
  config: ['minimum_backup_retention_period'],
  run({ rds, config }, report) {
    report.each(
      rds.clusters,
      ofFamily(DOCUMENTDB, (cluster) => retentionVerdict(`DocumentDB cluster ${cluster.id}`, 'automated backups', cluster.backupRetentionPeriod, config.minimum_backup_retention_period)),
    );
  },
});
