import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_policy_attached_only_to_group_or_roles',
  service: 'iam',
  title: 'IAM users receive permissions only through groups or roles, not policies of their own',
  severity: 'low',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'Lists, for every IAM user, the managed policies attached to the user and the inline policies embedded in it. Each such policy is a finding; a user with none passes.',
  risk:
    'Permissions granted user by user pile up unnoticed and are easy to miss when someone changes job or leaves, so users keep access they should not have and a compromised user can reach more than its role requires.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  remediation: {
    text: "Put users into groups that carry the policies they need (or have them assume roles), then detach the user's managed policies and delete its inline ones.",
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_groups_manage_attach-policy.html',
    cli: 'aws iam detach-user-policy --user-name <user-name> --policy-arn <policy-arn>',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const user of report.from(iam.users)) {
      for (const policy of user.attachedPolicies) {
        report.fail({ ...user, id: `${user.name}/${policy.name}` }, `User ${user.name} has policy ${policy.name} attached directly.`);
      }
      for (const policyName of user.inlinePolicyNames) {
        report.fail({ ...user, id: `${user.name}/${policyName}` }, `User ${user.name} has inline policy ${policyName}.`);
      }
      if (user.attachedPolicies.length === 0 && user.inlinePolicyNames.length === 0) {
        report.pass(user, `User ${user.name} has no attached or inline policies of its own.`);
      }
    }
  },
});
