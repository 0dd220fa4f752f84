import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_support_role_created',
  service: 'iam',
  title: 'An IAM role with the AWSSupportAccess managed policy exists for working with AWS Support',
  severity: 'low',
  resourceType: 'AwsIamRole',
  categories: ['identity-access'],
  checkType: ['Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark'],
  description:
    'Looks for at least one IAM role in the account with the AWS managed policy AWSSupportAccess attached, so that support cases can be handled through a dedicated role.',
  risk:
    'Without a designated support role, opening and following up support cases during an incident waits on whoever happens to hold broad rights, and people tend to fall back on administrator or root access, with weaker accountability for what was done.',
  relatedUrl: 'https://docs.aws.amazon.com/awssupport/latest/user/accessing-support.html',
  remediation: {
    text: 'Create a role that the incident responders may assume (with MFA) and attach AWSSupportAccess to it.',
    url: 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSSupportAccess.html',
    cli: 'aws iam attach-role-policy --role-name <role-name> --policy-arn arn:aws:iam::aws:policy/AWSSupportAccess',
  },
  uses: ['iam'],
  run({ iam, account }, report) {
    const supportPolicyArn = `arn:${account.partition}:iam::aws:policy/AWSSupportAccess`;
    const subject = { arn: supportPolicyArn, id: account.id, region: account.globalRegion };
    const roles = report.from(iam.roles);
    const supportRole = roles.find((role) => role.attachedPolicies.some((policy) => policy.arn === supportPolicyArn));
    if (supportRole) {
      report.pass(subject, `Role ${supportRole.name} has the AWSSupportAccess policy attached.`);
      return;
    }
    // Roles that could not be listed may include the support role: the runner reports that instead.
    if (iam.roles.regionUnreadable(account.globalRegion)) return;
    report.fail(subject, 'No IAM role has the AWSSupportAccess policy attached.');
  },
});
