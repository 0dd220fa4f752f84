import { defineCheck, verdict } from '../../../src/checks/check.js';
import { NEPTUNE, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_deletion_protection',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(NEPTUNE, (cluster) =>
        verdict(cluster.deletionProtection, `Neptune cluster ${cluster.id} has deletion protection on.`, `Neptune cluster ${cluster.id} does not have deletion protection on.`),
      ),
    );
  },
});
