import { defineCheck, verdict } from '../../../src/checks/check.js';
import { NEPTUNE, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_iam_authentication_enabled',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(NEPTUNE, (cluster) =>
        verdict(cluster.iamAuth, `Neptune cluster ${cluster.id} accepts IAM database authentication.`, `Neptune cluster ${cluster.id} does not accept IAM database authentication.`),
      ),
    );
  },
});
