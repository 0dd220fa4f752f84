import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_snapshots_encrypted',
  uses: { rds: ['instanceSnapshots', 'clusterSnapshots'] },
  run({ rds }, report) {
    report.each(rds.instanceSnapshots, (snapshot) => {
      if (!judgedByRdsChecks(snapshot)) return LEFT_TO_DOCUMENTDB;
      return verdict(snapshot.encrypted, `RDS instance snapshot ${snapshot.id} is encrypted.`, `RDS instance snapshot ${snapshot.id} is not encrypted.`);
    });
    report.each(rds.clusterSnapshots, (snapshot) => {
      if (!judgedByRdsChecks(snapshot)) return LEFT_TO_DOCUMENTDB;
      return verdict(snapshot.storageEncrypted, `RDS cluster snapshot ${snapshot.id} is encrypted.`, `RDS cluster snapshot ${snapshot.id} is not encrypted.`);
    });
  },
});
