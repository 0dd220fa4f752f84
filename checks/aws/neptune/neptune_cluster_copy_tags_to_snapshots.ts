import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { NEPTUNE, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_copy_tags_to_snapshots',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(NEPTUNE, (cluster) => {
        // Prowler names the cluster by its resource ID (cluster-…) in this check.
        const subject = { id: cluster.resourceId };
        if (cluster.copyTagsToSnapshot) return pass(`Neptune cluster ${cluster.id} copies its tags to its snapshots.`, subject);
        return fail(`Neptune cluster ${cluster.id} does not copy its tags to its snapshots.`, subject);
      }),
    );
  },
});
