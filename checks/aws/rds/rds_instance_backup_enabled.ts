import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_backup_enabled',
  uses: { rds: ['instances'] },
  config: ['check_rds_instance_replicas'],
  run({ rds, config }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      if (instance.readReplicaSource !== null && !config.check_rds_instance_replicas) return notApplicable(`RDS instance ${instance.id} is a read replica.`);
      return verdict(
        instance.backupRetentionPeriod > 0,
        `RDS instance ${instance.id} keeps automated backups for ${instance.backupRetentionPeriod} days.`,
        `RDS instance ${instance.id} does not have automated backups enabled.`,
      );
    });
  },
});
