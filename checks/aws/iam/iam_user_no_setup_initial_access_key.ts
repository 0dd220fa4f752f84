import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_user_no_setup_initial_access_key',
  uses: { iam: ['credentialReport'] },
  run({ iam }, report) {
    report.each(iam.credentialReport, (user) => {
      const neverUsed = user.accessKeys.flatMap((key, index) =>
        user.passwordEnabled && key.active && key.lastUsed === null ? [fail(`User ${user.id} has never used its active access key ${index + 1}.`)] : [],
      );
      return neverUsed.length > 0 ? neverUsed : pass(`User ${user.id} has no active access key that was never used.`);
    });
  },
});
