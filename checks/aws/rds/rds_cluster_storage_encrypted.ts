import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_storage_encrypted',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      return verdict(cluster.storageEncrypted, `RDS cluster ${cluster.id} is encrypted at rest.`, `RDS cluster ${cluster.id} is not encrypted at rest.`);
    });
  },
});
