import { defineCheck } from '../../../src/checks/check.js';
import { grantsAdministrativeAccess } from '../../../src/services/iam/admin-access.js';

export default defineCheck({
  id: 'iam_customer_attached_policy_no_administrative_privileges',
  service: 'iam',
  title: "Attached customer managed policies do not grant '*:*' administrative access",
  severity: 'high',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'TTPs/Privilege Escalation',
  ],
  description:
    "Looks at each customer managed policy that is attached to a user, group or role and checks whether its default version allows every action on every resource ('*:*'). Unattached policies are not judged here.",
  risk:
    'A home-made policy that allows everything everywhere makes each identity it is attached to an account administrator, so a single compromised user or role can exfiltrate data, disable audit trails, mint new credentials and delete resources.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  remediation: {
    text: "Publish a new default version of the policy that lists the actions and resources actually needed instead of '*', or detach it; IAM Access Analyzer policy generation can help find what is used.",
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_manage-versioning.html',
    cli: 'aws iam create-policy-version --policy-arn <policy-arn> --policy-document file://least-privilege.json --set-as-default',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const policy of report.from(iam.managedPolicies)) {
      if (policy.awsManaged || policy.attachmentCount === 0 || policy.document === undefined) continue;
      report.verdict(
        !grantsAdministrativeAccess(policy.document),
        policy,
        `Customer managed policy ${policy.name} is attached and does not allow '*:*'.`,
        `Customer managed policy ${policy.name} is attached and allows '*:*' administrative access.`,
      );
    }
  },
});
