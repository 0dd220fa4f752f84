import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';
import { firstFound } from '../../../src/checks/first-found.js';

export default defineCheck({
  id: 'backup_plans_exist',
  uses: { backup: ['plans', 'vaults'] },
  run({ backup, account }, report) {
    const home = account.globalRegion;
    const subject = { arn: `arn:${account.partition}:backup:${home}:${account.id}:backup-plan`, id: account.id, region: home };
    report.about(subject, () => {
      const plan = firstFound(backup.plans, account);
      // Prowler names a plan by its name, not its ID.
      if (plan) return pass(`The account has backup plans, such as ${plan.name} in ${plan.region}.`, { arn: plan.arn, id: plan.name, region: plan.region });
      backup.plans.ensureListed();
      // An account that uses AWS Backup not at all (no vault either) is not judged.
      if (backup.vaults.found().length === 0) {
        backup.vaults.ensureListed();
        return notApplicable('the account has neither backup plans nor backup vaults');
      }
      return fail('The account has backup vaults but no backup plan in any scanned region.');
    });
  },
});
