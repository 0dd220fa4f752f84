import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_snapshots_public_access',
  uses: { rds: ['instanceSnapshotAttributes', 'clusterSnapshotAttributes'] },
  run({ rds }, report) {
    report.each(rds.instanceSnapshotAttributes, (snapshot) => {
      if (!judgedByRdsChecks(snapshot)) return LEFT_TO_DOCUMENTDB;
      return verdict(!need(snapshot.public), `RDS instance snapshot ${snapshot.id} is not public.`, `RDS instance snapshot ${snapshot.id} is public.`);
    });
    report.each(rds.clusterSnapshotAttributes, (snapshot) => {
      if (!judgedByRdsChecks(snapshot)) return LEFT_TO_DOCUMENTDB;
      return verdict(!need(snapshot.public), `RDS cluster snapshot ${snapshot.id} is not public.`, `RDS cluster snapshot ${snapshot.id} is public.`);
    });
  },
});
