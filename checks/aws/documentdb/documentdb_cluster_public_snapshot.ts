import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { DOCUMENTDB, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'documentdb_cluster_public_snapshot',
  uses: { rds: ['clusterSnapshotAttributes'] },
  run({ rds }, report) {
    report.each(
      rds.clusterSnapshotAttributes,
      ofFamily(DOCUMENTDB, (snapshot) =>
        verdict(
          !need(snapshot.public),
          `DocumentDB cluster snapshot ${snapshot.id} is not shared publicly.`,
          `DocumentDB cluster snapshot ${snapshot.id} can be restored by anyone.`,
        ),
      ),
    );
  },
});
