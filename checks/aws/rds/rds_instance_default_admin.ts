import { defineCheck, verdict } from '../../../src/checks/check.js';
import { clusterOf, judgedByRdsChecks, LEFT_TO_DOCUMENTDB, isDefaultMasterUsername } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_default_admin',
  uses: { rds: ['instances', 'clusters'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      // A cluster member takes this setting from its cluster; a member whose cluster is not listed fails.
      if (instance.clusterId !== null) {
        const cluster = clusterOf(instance, rds.clusters);
        const where = `at cluster ${instance.clusterId} level`;
        return verdict(cluster !== undefined && !isDefaultMasterUsername(cluster.masterUsername), `RDS instance ${instance.id} does not use a default master username ${where}.`, `RDS instance ${instance.id} uses a default master username ${where}.`);
      }
      return verdict(!isDefaultMasterUsername(instance.masterUsername), `RDS instance ${instance.id} does not use a default master username.`, `RDS instance ${instance.id} uses a default master username.`);
    });
  },
});
