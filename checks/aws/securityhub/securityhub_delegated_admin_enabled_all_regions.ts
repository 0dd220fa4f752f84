import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'securityhub_delegated_admin_enabled_all_regions',
  uses: { securityhub: ['hubs', 'organizationConfigurations', 'administrators'] },
  run({ securityhub }, report) {
    report.each(securityhub.hubs, (hub) => {
      const administrator = securityhub.administrators.all(hub.region)[0]?.state ?? 'none';
      const issues: string[] = [];
      if (administrator === 'none') issues.push('no delegated administrator configured');
      if (!hub.active) {
        issues.push('Security Hub not enabled');
      } else {
        const configuration = securityhub.organizationConfigurations.all(hub.region).find((candidate) => candidate.arn === hub.arn);
        // A null auto-enable setting could not be read by this account: no issue can be drawn from it.
        if (configuration && need(configuration.autoEnable) === false) issues.push('organization auto-enable not configured');
      }
      const unknownAdministrator = administrator === 'unknown' ? '; whether it has a delegated administrator could not be determined' : '';
      if (issues.length > 0) return fail(`Security Hub in ${hub.region} has issues: ${issues.join(', ')}${unknownAdministrator}.`);
      if (administrator === 'unknown') {
        return manual(`Whether Security Hub in ${hub.region} has a delegated administrator could not be determined: run this check from the organization's management or delegated administrator account.`);
      }
      return pass(`Security Hub in ${hub.region} is enabled, has a delegated administrator, and enables itself for new organization members.`);
    });
  },
});
