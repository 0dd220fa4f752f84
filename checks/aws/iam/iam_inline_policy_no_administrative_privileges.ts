import { defineCheck } from '../../../src/checks/check.js';
import { grantsAdministrativeAccess } from '../../../src/services/iam/admin-access.js';

export default defineCheck({
  id: 'iam_inline_policy_no_administrative_privileges',
  service: 'iam',
  title: "Inline policies of users, groups and roles do not grant '*:*' administrative access",
  severity: 'critical',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'TTPs/Privilege Escalation',
  ],
  description:
    "Looks at every inline policy embedded in an IAM user, group or role and checks whether it allows every action on every resource ('*:*').",
  risk:
    'An inline grant of everything turns its identity into a full administrator while staying out of sight of reviews that only list managed policies; if that identity is compromised, so is every resource and log in the account.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
  remediation: {
    text: "Rewrite the inline policy so it lists only the actions and resources the identity needs, or delete it and attach a reviewed, versioned managed policy instead.",
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-edit.html',
    cli: 'aws iam delete-role-policy --role-name <role-name> --policy-name <policy-name>',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const policy of report.from(iam.inlinePolicies)) {
      if (policy.document === undefined) continue;
      const { kind, name: owner, arn } = policy.identity;
      report.verdict(
        !grantsAdministrativeAccess(policy.document),
        { ...policy, arn },
        `Inline policy ${policy.name} of ${kind} ${owner} does not allow '*:*'.`,
        `Inline policy ${policy.name} of ${kind} ${owner} allows '*:*' administrative access.`,
      );
    }
  },
});
