import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB, usesDefaultPort } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_non_default_port',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      return verdict(
        !usesDefaultPort(cluster.engine, cluster.port),
        `RDS cluster ${cluster.id} does not use the default port of ${cluster.engine} (it uses ${cluster.port ?? 'none'}).`,
        `RDS cluster ${cluster.id} uses port ${cluster.port ?? ''}, the default of ${cluster.engine}.`,
      );
    });
  },
});
