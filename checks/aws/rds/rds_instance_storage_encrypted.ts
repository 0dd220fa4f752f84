import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_storage_encrypted',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      return verdict(instance.storageEncrypted, `RDS instance ${instance.id} is encrypted at rest.`, `RDS instance ${instance.id} is not encrypted at rest.`);
    });
  },
});
