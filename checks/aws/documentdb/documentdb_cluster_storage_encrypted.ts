import { defineCheck, verdict } from '../../../src/checks/check.js';
import { DOCUMENTDB, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'documentdb_cluster_storage_encrypted',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(DOCUMENTDB, (cluster) =>
        verdict(cluster.storageEncrypted, `DocumentDB cluster ${cluster.id} encrypts its storage.`, `DocumentDB cluster ${cluster.id} does not encrypt its storage.`),
      ),
    );
  },
});
