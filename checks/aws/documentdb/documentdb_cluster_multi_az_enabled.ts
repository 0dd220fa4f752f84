import { defineCheck, verdict } from '../../../src/checks/check.js';
import { DOCUMENTDB, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'documentdb_cluster_multi_az_enabled',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(DOCUMENTDB, (cluster) =>
        verdict(cluster.multiAz, `DocumentDB cluster ${cluster.id} has Multi-AZ on.`, `DocumentDB cluster ${cluster.id} does not have Multi-AZ on.`),
      ),
    );
  },
});
