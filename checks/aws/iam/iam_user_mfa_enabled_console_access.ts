import { defineCheck, notApplicable, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_user_mfa_enabled_console_access',
  uses: { iam: ['credentialReport'] },
  run({ iam }, report) {
    report.each(iam.credentialReport, (user) => {
      if (user.root) return notApplicable('the root user has checks of its own');
      if (!user.passwordEnabled) return pass(`User ${user.id} has no console password.`);
      return verdict(
        user.mfaActive,
        `User ${user.id} has a console password and an active MFA device.`,
        `User ${user.id} has a console password but no active MFA device.`,
      );
    });
  },
});
