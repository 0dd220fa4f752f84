import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB, usesDefaultPort } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_non_default_port',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      return verdict(
        !usesDefaultPort(instance.engine, instance.port),
        `RDS instance ${instance.id} does not use the default port of ${instance.engine} (it uses ${instance.port ?? 'none'}).`,
        `RDS instance ${instance.id} uses port ${instance.port ?? ''}, the default of ${instance.engine}.`,
      );
    });
  },
});
