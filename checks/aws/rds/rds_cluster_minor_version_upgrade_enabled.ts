import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_minor_version_upgrade_enabled',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      // Only Multi-AZ DB clusters (not Aurora's) have an automatic minor upgrade setting of their own.
      if (!cluster.multiAz) return notApplicable(`RDS cluster ${cluster.id} is not a Multi-AZ DB cluster.`);
      return verdict(
        cluster.autoMinorVersionUpgrade,
        `RDS cluster ${cluster.id} applies minor engine upgrades automatically.`,
        `RDS cluster ${cluster.id} does not apply minor engine upgrades automatically.`,
      );
    });
  },
});
