import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { accountSubject } from '../../../src/checks/report.js';

export default defineCheck({
  id: 'iam_check_saml_providers_sts',
  uses: { iam: ['samlProviders'] },
  run({ iam, account }, report) {
    report.about(accountSubject(account), () => {
      const providers = iam.samlProviders.all();
      if (providers.length === 0) return fail('The account has no SAML identity provider.');
      return providers.map(({ arn, id, name }) => pass(`SAML identity provider ${name} exists.`, { arn, id, name }));
    });
  },
});
