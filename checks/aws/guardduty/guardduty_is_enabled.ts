import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'guardduty_is_enabled',
  uses: { guardduty: ['detectorSettings'] },
  run({ guardduty }, report) {
    report.each(guardduty.detectorSettings, (detector) => {
      if (!detector.enabledInAccount) return fail(`GuardDuty is not enabled in ${detector.region}.`);
      if (!need(detector.settings)?.enabled) return fail(`GuardDuty detector ${detector.id} is configured but suspended.`);
      return pass(`GuardDuty detector ${detector.id} is enabled.`);
    });
  },
});
