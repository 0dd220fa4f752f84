import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'rds_cluster_backtrack_enabled',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(rds.clusters, (cluster) => {
      // Only Aurora MySQL can backtrack.
      if (cluster.engine !== 'aurora-mysql') return notApplicable(`${cluster.engine} clusters cannot backtrack.`);
      return verdict(cluster.backtrackWindow > 0, `RDS cluster ${cluster.id} keeps a backtrack window.`, `RDS cluster ${cluster.id} does not have backtrack enabled.`);
    });
  },
});
