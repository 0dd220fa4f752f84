import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import { grantsAdministrativeAccess } from '../../../src/checks/policy/admin-access.js';

export default defineCheck({
  id: 'iam_aws_attached_policy_no_administrative_privileges',
  uses: { iam: ['managedPolicies'] },
  run({ iam }, report) {
    report.each(iam.managedPolicies, (policy) => {
      if (!policy.awsManaged) return notApplicable('a customer managed policy');
      if (policy.attachmentCount === 0) return notApplicable('attached to nothing');
      return verdict(
        !grantsAdministrativeAccess(need(policy.document)),
        `AWS managed policy ${policy.name} is attached and does not allow '*:*'.`,
        `AWS managed policy ${policy.name} is attached and allows '*:*' administrative access.`,
      );
    });
  },
});
