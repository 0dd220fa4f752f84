import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_cluster_protected_by_backup_plan',
  uses: { rds: ['clusters'], backup: ['selections'] },
  run({ rds, backup, account }, report) {
    // Prowler pools the selections of every region, and honours only these two patterns besides exact ARNs.
    const everyCluster = `arn:${account.partition}:rds:*:*:cluster:*`;
    const selected = new Set(backup.selections.found().flatMap((selection) => selection.resources));
    const selectsAll = selected.has('*') || selected.has(everyCluster);
    report.each(rds.clusters, (cluster) => {
      if (!judgedByRdsChecks(cluster)) return LEFT_TO_DOCUMENTDB;
      const isProtected = selectsAll || selected.has(cluster.arn);
      // Absence proves nothing while some region's selections are unknown.
      if (!isProtected) backup.selections.ensureListed();
      return verdict(isProtected, `RDS cluster ${cluster.id} is in a backup plan.`, `RDS cluster ${cluster.id} is in no backup plan.`);
    });
  },
});
