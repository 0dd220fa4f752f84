import { defineCheck, notApplicable, pass, verdict } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

export default defineCheck({
  id: 'iam_user_console_access_unused',
  uses: { iam: ['credentialReport'] },
  config: ['max_console_access_days'],
  run({ iam, config }, report) {
    const maxDays = config.max_console_access_days;
    report.each(iam.credentialReport, (user) => {
      if (user.root) return notApplicable('the root user is not an IAM user');
      if (!user.passwordEnabled || user.passwordLastUsed === null) return pass(`User ${user.id} has no console password or has never signed in with it.`);
      const idleDays = daysBetween(user.passwordLastUsed, user.readAt);
      return verdict(
        idleDays <= maxDays,
        `User ${user.id} signed in to the console ${idleDays} days ago, within ${maxDays} days.`,
        `User ${user.id} has not signed in to the console for ${idleDays} days, more than ${maxDays}.`,
      );
    });
  },
});
