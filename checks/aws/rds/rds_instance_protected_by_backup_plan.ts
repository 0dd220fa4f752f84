import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

/** Aurora data is backed up through its cluster, which its own check judges. */
const AURORA_ENGINES = new Set(['aurora', 'aurora-mysql', 'aurora-postgresql']);

export default defineCheck({
  id: 'rds_instance_protected_by_backup_plan',
  uses: { rds: ['instances'], backup: ['selections'] },
  run({ rds, backup, account }, report) {
    // Prowler pools the selections of every region and honours only these two patterns besides exact
    // ARNs; its instance pattern says `instance`, not RDS's `db`, and is matched as written.
    const everyInstance = `arn:${account.partition}:rds:*:*:instance:*`;
    const selected = new Set(backup.selections.found().flatMap((selection) => selection.resources));
    const selectsAll = selected.has('*') || selected.has(everyInstance);
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      if (AURORA_ENGINES.has(instance.engine)) return notApplicable(`RDS instance ${instance.id} is an Aurora instance.`);
      const isProtected = selectsAll || selected.has(instance.arn);
      // Absence proves nothing while some region's selections are unknown.
      if (!isProtected) backup.selections.ensureListed();
      return verdict(isProtected, `RDS instance ${instance.id} is in a backup plan.`, `RDS instance ${instance.id} is in no backup plan.`);
    });
  },
});
