import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

/** Aurora instances take this setting from their cluster, which its own check judges. */
const AURORA_ENGINES = new Set(['aurora', 'aurora-mysql', 'aurora-postgresql']);

export default defineCheck({
  id: 'rds_instance_copy_tags_to_snapshots',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      if (AURORA_ENGINES.has(instance.engine)) return notApplicable(`RDS instance ${instance.id} is an Aurora instance.`);
      return verdict(instance.copyTagsToSnapshot, `RDS instance ${instance.id} copies its tags to snapshots.`, `RDS instance ${instance.id} does not copy its tags to snapshots.`);
    });
  },
});
