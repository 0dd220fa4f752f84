import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_user_mfa_enabled_console_access',
  service: 'iam',
  title: 'IAM users who can sign in to the console have MFA enabled',
  severity: 'high',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'TTPs/Initial Access',
    'TTPs/Credential Access',
  ],
  description:
    'Goes through the IAM users in the credential report and, for each one with a console password, confirms that an MFA device is active. Users without a console password pass.',
  risk:
    'A console password on its own can be phished, guessed or reused from another breach. Without a second factor that is enough for an interactive session with everything the user may do: changing policies, creating keys or users, reading data.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable_virtual.html',
  remediation: {
    text: "Assign an MFA device (preferably a phishing-resistant one) to every IAM user who signs in to the console, or remove the console password of users who don't need it; federated sign-in avoids IAM user passwords altogether.",
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    cli: 'aws iam delete-login-profile --user-name <user-name>',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const user of report.from(iam.credentialReport)) {
      if (user.root) continue;
      if (!user.passwordEnabled) {
        report.pass(user, `User ${user.id} has no console password.`);
        continue;
      }
      report.verdict(
        user.mfaActive,
        user,
        `User ${user.id} has a console password and an active MFA device.`,
        `User ${user.id} has a console password but no active MFA device.`,
      );
    }
  },
});
