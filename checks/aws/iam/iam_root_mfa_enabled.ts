import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_root_mfa_enabled',
  uses: { iam: ['credentialReport'] },
  run({ iam }, report) {
    report.each(iam.credentialReport, (entry) => {
      if (!entry.root) return notApplicable('not the root user');
      if (!entry.passwordEnabled && !entry.accessKeys.some((key) => key.active)) return notApplicable('the root user has no credentials');
      return verdict(entry.mfaActive, 'The root user has an active MFA device.', 'The root user has credentials but no active MFA device.');
    });
  },
});
