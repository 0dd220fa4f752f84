import { defineCheck, verdict } from '../../../src/checks/check.js';
import { clusterOf, judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_deletion_protection',
  uses: { rds: ['instances', 'clusters'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      // A cluster member takes this setting from its cluster; a member whose cluster is not listed fails.
      if (instance.clusterId !== null) {
        const cluster = clusterOf(instance, rds.clusters);
        const where = `at cluster ${instance.clusterId} level`;
        return verdict(cluster !== undefined && cluster.deletionProtection, `RDS instance ${instance.id} has deletion protection enabled ${where}.`, `RDS instance ${instance.id} does not have deletion protection enabled ${where}.`);
      }
      return verdict(instance.deletionProtection, `RDS instance ${instance.id} has deletion protection enabled.`, `RDS instance ${instance.id} does not have deletion protection enabled.`);
    });
  },
});
