import { defineCheck, verdict } from '../../../src/checks/check.js';
import { isDefaultMasterUsername, judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_default_admin',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      return verdict(
        !isDefaultMasterUsername(cluster.masterUsername),
        `RDS cluster ${cluster.id} does not use a default master username.`,
        `RDS cluster ${cluster.id} uses the default master username ${cluster.masterUsername}.`,
      );
    });
  },
});
