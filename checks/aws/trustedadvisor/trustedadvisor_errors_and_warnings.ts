import { defineCheck, fail, manual, need, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'trustedadvisor_errors_and_warnings',
  uses: { trustedadvisor: ['supportPlan', 'checks'] },
  run({ trustedadvisor }, report) {
    const premium = trustedadvisor.supportPlan.all().some((plan) => plan.premium);
    if (!premium) {
      report.each(trustedadvisor.supportPlan, () => manual('Trusted Advisor checks can be read only with a premium AWS Support plan; review them in the console.'));
      return;
    }
    report.each(trustedadvisor.checks, (check) => {
      const status = need(check.status);
      // A check AWS cannot run on this account's resources has nothing to report.
      if (status === 'not_available') return notApplicable('Trusted Advisor cannot run this check on the account');
      return status === 'ok' ? pass(`Trusted Advisor check ${check.name} is ok.`) : fail(`Trusted Advisor check ${check.name} is in state ${status ?? 'unknown (no result)'}.`);
    });
  },
});
