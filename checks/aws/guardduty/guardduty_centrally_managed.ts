import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'guardduty_centrally_managed',
  uses: { guardduty: ['detectorAdministration'] },
  run({ guardduty }, report) {
    report.each(guardduty.detectorAdministration, (detector) => {
      const administrator = need(detector.administratorAccount);
      if (administrator) return pass(`GuardDuty detector ${detector.id} is centrally managed by account ${administrator}.`);
      const members = need(detector.memberAccounts);
      if (members.length > 0) return pass(`GuardDuty detector ${detector.id} is the administrator of ${members.length} member accounts.`);
      return fail(`GuardDuty detector ${detector.id} is not centrally managed.`);
    });
  },
});
