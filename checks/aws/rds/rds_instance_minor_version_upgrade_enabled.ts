import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_minor_version_upgrade_enabled',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      return verdict(instance.autoMinorVersionUpgrade, `RDS instance ${instance.id} applies minor engine upgrades automatically.`, `RDS instance ${instance.id} does not apply minor engine upgrades automatically.`);
    });
  },
});
