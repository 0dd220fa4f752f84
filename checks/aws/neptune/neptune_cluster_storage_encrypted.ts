import { defineCheck, verdict } from '../../../src/checks/check.js';
import { NEPTUNE, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_storage_encrypted',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(NEPTUNE, (cluster) =>
        verdict(cluster.storageEncrypted, `Neptune cluster ${cluster.id} encrypts its storage.`, `Neptune cluster ${cluster.id} does not encrypt its storage.`),
      ),
    );
  },
});
