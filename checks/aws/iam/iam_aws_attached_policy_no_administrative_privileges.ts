import { defineCheck } from '../../../src/checks/check.js';
import { grantsAdministrativeAccess } from '../../../src/services/iam/admin-access.js';

export default defineCheck({
  id: 'iam_aws_attached_policy_no_administrative_privileges',
  service: 'iam',
  title: "AWS managed policies attached in the account do not grant '*:*' administrative access",
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
    "Looks at each AWS managed policy that is attached to a user, group or role in the account and checks whether its default version allows every action on every resource ('*:*'), as AdministratorAccess does.",
  risk:
    'Whoever holds a policy that allows every action on every resource controls the account: they can read and delete any data, turn off logging, and create new users or keys to keep their access. One stolen credential of such an identity is a full compromise.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  remediation: {
    text: 'Detach full-access AWS managed policies such as AdministratorAccess from users, groups and roles, and grant narrower policies for the work each one actually does; keep any break-glass admin role tightly controlled.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-attach-detach.html',
    cli: 'aws iam detach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AdministratorAccess',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const policy of report.from(iam.managedPolicies)) {
      if (!policy.awsManaged || policy.attachmentCount === 0 || policy.document === undefined) continue;
      report.verdict(
        !grantsAdministrativeAccess(policy.document),
        policy,
        `AWS managed policy ${policy.name} is attached and does not allow '*:*'.`,
        `AWS managed policy ${policy.name} is attached and allows '*:*' administrative access.`,
      );
    }
  },
});
