import { defineCheck } from '../../../src/checks/check.js';

const MINIMUM_LENGTH = 14;

export default defineCheck({
  id: 'iam_password_policy_minimum_length_14',
  service: 'iam',
  title: 'The account password policy requires passwords of at least 14 characters',
  severity: 'medium',
  resourceType: 'AwsIamPolicy',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
  ],
  description:
    "Reads the account's IAM password policy and confirms that it makes IAM users choose console passwords of 14 characters or more. An account without a password policy falls back to IAM's default of 8 characters and fails.",
  risk:
    'Short passwords fall quickly to guessing, brute force and credential stuffing; each IAM user with a short password is a console login an attacker can win, and with it whatever that user is allowed to change or read.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
  remediation: {
    text: 'Set the account password policy to a minimum length of 14 characters or more, and pair it with MFA for every console user.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    cli: 'aws iam update-account-password-policy --minimum-password-length 14',
    terraform: 'resource "aws_iam_account_password_policy" "example" {\n  minimum_password_length = 14\n}',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const policy of report.from(iam.passwordPolicy)) {
      if (policy.rules === undefined) continue;
      if (policy.rules === null) {
        report.fail(policy, `The account has no password policy, so IAM's default minimum of 8 characters applies instead of ${MINIMUM_LENGTH}.`);
        continue;
      }
      const { minimumLength } = policy.rules;
      report.verdict(
        minimumLength >= MINIMUM_LENGTH,
        policy,
        `The password policy requires at least ${minimumLength} characters.`,
        `The password policy requires only ${minimumLength} characters, fewer than ${MINIMUM_LENGTH}.`,
      );
    }
  },
});
