import { defineCheck, verdict } from '../../../src/checks/check.js';
import { NEPTUNE, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_multi_az',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(NEPTUNE, (cluster) =>
        verdict(cluster.multiAz, `Neptune cluster ${cluster.id} has Multi-AZ on.`, `Neptune cluster ${cluster.id} does not have Multi-AZ on.`),
      ),
    );
  },
});
