import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_user_administrator_access_policy',
  uses: { iam: ['users'] },
  run({ iam }, report) {
    report.each(iam.users, (user) =>
      // Matched by name, as Prowler does: a customer managed policy called AdministratorAccess counts too.
      verdict(
        !user.attachedPolicies.some((policy) => policy.name === 'AdministratorAccess'),
        `IAM user ${user.name} has no AdministratorAccess policy attached.`,
        `IAM user ${user.name} has the AdministratorAccess policy attached.`,
      ),
    );
  },
});
