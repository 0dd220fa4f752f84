import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_domain_sso_configured',
  uses: { sagemaker: ['domainSettings'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.domainSettings, (domain) => {
      const settings = need(domain.settings);
      if (settings.authMode !== 'SSO') return fail(`Domain ${domain.name} signs users in with ${settings.authMode ?? 'an unnamed mode'}, not IAM Identity Center.`);
      if (settings.singleSignOnManagedApplicationInstanceId || settings.singleSignOnApplicationArn) {
        return pass(`Domain ${domain.name} signs users in through an IAM Identity Center application.`);
      }
      return fail(`Domain ${domain.name} is set to SSO but is tied to no IAM Identity Center application.`);
    });
  },
});
