import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_iam_authentication_enabled',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    // Prowler's engine filter here never excludes anything, so every cluster it lists is judged.
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      return verdict(cluster.iamAuth, `RDS cluster ${cluster.id} has IAM authentication enabled.`, `RDS cluster ${cluster.id} does not have IAM authentication enabled.`);
    });
  },
});
