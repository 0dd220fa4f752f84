import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'guardduty_delegated_admin_enabled_all_regions',
  uses: { guardduty: ['detectorOrganization'] },
  run({ guardduty }, report) {
    report.each(guardduty.detectorOrganization, (detector) => {
      const detectorEnabled = detector.enabledInAccount && need(detector.settings)?.enabled === true;
      // null: only the management or delegated administrator account may read these.
      const delegatedAdministrator = need(detector.delegatedAdministrator);
      const autoEnable = need(detector.autoEnableMembers);
      const issues = [
        delegatedAdministrator === false && 'no delegated administrator configured',
        !detectorEnabled && 'detector not enabled',
        autoEnable !== null && autoEnable !== 'NEW' && autoEnable !== 'ALL' && 'organization auto-enable not configured',
      ].filter((issue) => issue !== false);
      const unknownAdministrator = delegatedAdministrator === null ? '; whether it has a delegated administrator could not be told' : '';
      if (issues.length > 0) return fail(`GuardDuty in ${detector.region} has issues: ${issues.join(', ')}${unknownAdministrator}.`);
      if (delegatedAdministrator === null) {
        return manual(
          `Whether GuardDuty in ${detector.region} has a delegated administrator could not be told: run this check from the organization's management or delegated administrator account.`,
        );
      }
      return pass(`GuardDuty in ${detector.region} has a delegated administrator, an enabled detector and auto-enable for organization members.`);
    });
  },
});
