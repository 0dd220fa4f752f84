import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import { allowsAdministrativeAccess } from '../../../src/checks/policy/allowed-actions.js';

export default defineCheck({
  id: 'iam_customer_unattached_policy_no_administrative_privileges',
  uses: { iam: ['managedPolicies'] },
  run({ iam }, report) {
    report.each(iam.managedPolicies, (policy) => {
      if (policy.awsManaged) return notApplicable('an AWS managed policy');
      if (policy.attachmentCount > 0) return notApplicable('attached to a user, group or role');
      return verdict(
        !allowsAdministrativeAccess(need(policy.document)),
        `Customer managed policy ${policy.name} is attached to nothing and does not allow '*:*'.`,
        `Customer managed policy ${policy.name} is attached to nothing but allows '*:*' administrative access.`,
      );
    });
  },
});
