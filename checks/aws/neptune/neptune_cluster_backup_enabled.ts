import { retentionVerdict } from '../../../src/checks/backup-retention.js';
import { defineCheck } from '../../../src/checks/check.js';
import { NEPTUNE, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_backup_enabled',
  uses: { rds: ['clusters'] },
  config: ['minimum_backup_retention_period'],
  run({ rds, config }, report) {
    report.each(
      rds.clusters,
      ofFamily(NEPTUNE, (cluster) => retentionVerdict(`Neptune cluster ${cluster.id}`, 'automated backups', cluster.backupRetentionPeriod, config.minimum_backup_retention_period)),
    );
  },
});
