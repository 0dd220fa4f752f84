import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';
import { firstFound } from '../../../src/checks/first-found.js';

export default defineCheck({
  id: 'backup_reportplans_exist',
  uses: { backup: ['plans', 'reportPlans'] },
  run({ backup, account }, report) {
    const home = account.globalRegion;
    const subject = { arn: `arn:${account.partition}:backup:${home}:${account.id}:report-plan`, id: account.id, region: home };
    report.about(subject, () => {
      const plan = firstFound(backup.plans, account);
      if (!plan) {
        backup.plans.ensureListed();
        return notApplicable('the account has no backup plan whose jobs a report plan would cover');
      }
      const reportPlan = firstFound(backup.reportPlans, account);
      if (reportPlan) {
        const { arn, id, region, name } = reportPlan;
        return pass(`The account has backup report plans, such as ${name} in ${region}.`, { arn, id, region, name });
      }
      backup.reportPlans.ensureListed();
      // Prowler files this finding in the region of the first backup plan it found.
      return fail('The account has backup plans but no backup report plan in any scanned region.', { region: plan.region });
    });
  },
});
