import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_copy_tags_to_snapshots',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      return verdict(cluster.copyTagsToSnapshot, `RDS cluster ${cluster.id} copies its tags to snapshots.`, `RDS cluster ${cluster.id} does not copy its tags to snapshots.`);
    });
  },
});
