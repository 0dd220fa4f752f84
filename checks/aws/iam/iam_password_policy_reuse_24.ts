import { defineCheck } from '../../../src/checks/check.js';

const REMEMBERED_PASSWORDS = 24;

export default defineCheck({
  id: 'iam_password_policy_reuse_24',
  service: 'iam',
  title: 'The account password policy stops users reusing any of their last 24 passwords',
  severity: 'medium',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    "Reads the account's IAM password policy and confirms that password reuse prevention remembers 24 passwords, the most IAM allows. An account without a password policy does not prevent reuse and fails.",
  risk:
    'When a user may go back to a recent password, changing a password does not get rid of one that leaked: an attacker holding an old password can get back in as soon as it is chosen again.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  remediation: {
    text: 'Set password reuse prevention in the account password policy to 24 remembered passwords.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --password-reuse-prevention 24',
    terraform: 'resource "aws_iam_account_password_policy" "example" {\n  password_reuse_prevention = 24\n}',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const policy of report.from(iam.passwordPolicy)) {
      if (policy.rules === undefined) continue;
      if (policy.rules === null) {
        report.fail(policy, 'The account has no password policy, so nothing prevents password reuse.');
        continue;
      }
      const { reusePrevention } = policy.rules;
      report.verdict(
        reusePrevention === REMEMBERED_PASSWORDS,
        policy,
        `The password policy prevents reuse of the last ${REMEMBERED_PASSWORDS} passwords.`,
        reusePrevention === null
          ? 'The password policy does not prevent password reuse.'
          : `The password policy prevents reuse of only the last ${reusePrevention} passwords, not ${REMEMBERED_PASSWORDS}.`,
      );
    }
  },
});
