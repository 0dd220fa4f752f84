import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_enhanced_monitoring_enabled',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      return verdict(instance.enhancedMonitoringArn !== null, `RDS instance ${instance.id} has enhanced monitoring enabled.`, `RDS instance ${instance.id} does not have enhanced monitoring enabled.`);
    });
  },
});
