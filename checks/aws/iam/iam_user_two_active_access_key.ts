import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_user_two_active_access_key',
  uses: { iam: ['credentialReport'] },
  run({ iam }, report) {
    // Every row of the report is judged, the root user's included, as in Prowler.
    report.each(iam.credentialReport, (user) =>
      verdict(user.accessKeys.some((key) => !key.active), `User ${user.id} does not have two active access keys.`, `User ${user.id} has two active access keys.`),
    );
  },
});
