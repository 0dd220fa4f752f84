import { defineCheck, verdict } from '../../../src/checks/check.js';
import { DOCUMENTDB, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'documentdb_cluster_deletion_protection',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(DOCUMENTDB, (cluster) =>
        verdict(cluster.deletionProtection, `DocumentDB cluster ${cluster.id} has deletion protection on.`, `DocumentDB cluster ${cluster.id} does not have deletion protection on.`),
      ),
    );
  },
});
