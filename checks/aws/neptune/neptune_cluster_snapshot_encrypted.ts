import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { NEPTUNE, neptuneSnapshotArn, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_snapshot_encrypted',
  uses: { rds: ['clusterSnapshots'] },
  run({ rds, account }, report) {
    report.each(
      rds.clusterSnapshots,
      ofFamily(NEPTUNE, (snapshot) => {
        const subject = { arn: neptuneSnapshotArn(account, snapshot) };
        if (snapshot.storageEncrypted) return pass(`Neptune cluster snapshot ${snapshot.id} is encrypted at rest.`, subject);
        return fail(`Neptune cluster snapshot ${snapshot.id} is not encrypted at rest.`, subject);
      }),
    );
  },
});
