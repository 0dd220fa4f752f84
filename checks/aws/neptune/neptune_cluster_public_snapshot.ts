import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';
import { NEPTUNE, neptuneSnapshotArn, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_public_snapshot',
  uses: { rds: ['clusterSnapshotAttributes'] },
  run({ rds, account }, report) {
    report.each(
      rds.clusterSnapshotAttributes,
      ofFamily(NEPTUNE, (snapshot) => {
        const subject = { arn: neptuneSnapshotArn(account, snapshot) };
        if (need(snapshot.public)) return fail(`Neptune cluster snapshot ${snapshot.id} can be restored by anyone.`, subject);
        return pass(`Neptune cluster snapshot ${snapshot.id} is not shared publicly.`, subject);
      }),
    );
  },
});
