import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_role_administratoraccess_policy',
  uses: { iam: ['roles'] },
  run({ iam }, report) {
    report.each(iam.roles, (role) => {
      if (need(role.isServiceRole)) return notApplicable('a service role, which only AWS services assume');
      // Matched by name, as Prowler does: a customer managed policy called AdministratorAccess counts too.
      return verdict(
        !role.attachedPolicies.some((policy) => policy.name === 'AdministratorAccess'),
        `IAM role ${role.name} has no AdministratorAccess policy attached.`,
        `IAM role ${role.name} has the AdministratorAccess policy attached.`,
      );
    });
  },
});
