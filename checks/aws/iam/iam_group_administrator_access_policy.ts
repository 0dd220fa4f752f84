import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_group_administrator_access_policy',
  uses: { iam: ['groups'] },
  run({ iam }, report) {
    report.each(iam.groups, (group) =>
      // Matched by name, as Prowler does: a customer managed policy called AdministratorAccess counts too.
      verdict(
        !group.attachedPolicies.some((policy) => policy.name === 'AdministratorAccess'),
        `IAM group ${group.name} has no AdministratorAccess policy attached.`,
        `IAM group ${group.name} has the AdministratorAccess policy attached.`,
      ),
    );
  },
});
