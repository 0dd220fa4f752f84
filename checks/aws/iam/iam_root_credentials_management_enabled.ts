import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import { accountSubject } from '../../../src/checks/report.js';

export default defineCheck({
  id: 'iam_root_credentials_management_enabled',
  uses: { iam: ['organizationsFeatures'], organizations: ['organization'] },
  run({ iam, organizations, account }, report) {
    report.about(accountSubject(account), () => {
      if (!organizations.organization.all().some((organization) => organization.status === 'ACTIVE')) return notApplicable('the account is in no organization');
      const [features] = iam.organizationsFeatures.all();
      const enabled = features ? need(features.enabledFeatures) : null;
      if (enabled === null) return notApplicable('only the management account or a delegated administrator sees the organization features');
      return verdict(
        enabled.includes('RootCredentialsManagement'),
        'Centralized root credentials management is enabled.',
        'Centralized root credentials management is not enabled.',
      );
    });
  },
});
