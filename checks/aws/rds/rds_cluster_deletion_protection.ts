import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_deletion_protection',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      return verdict(cluster.deletionProtection, `RDS cluster ${cluster.id} has deletion protection enabled.`, `RDS cluster ${cluster.id} does not have deletion protection enabled.`);
    });
  },
});
