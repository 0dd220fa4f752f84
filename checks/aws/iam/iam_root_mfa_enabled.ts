import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_root_mfa_enabled',
  service: 'iam',
  title: 'The root user, when it holds credentials, is protected by MFA',
  severity: 'critical',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    "Reads the root user's row of the IAM credential report and, when the root user has a usable credential (a password the report marks enabled, or an active access key), confirms that an MFA device is active for it.",
  risk:
    'The root user can do anything in the account, including things no policy can restrict. With only a password or key standing in the way, a phished or leaked secret hands over the whole account: data, billing, logging and every other identity.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-mfa-for-root.html',
  remediation: {
    text: 'Sign in as the root user, open Security credentials and assign an MFA device (a hardware or passkey device is best). Then remove root access keys and keep the root user for the rare tasks that need it.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user_manage_mfa',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const entry of report.from(iam.credentialReport)) {
      if (!entry.root) continue;
      const holdsCredentials = entry.passwordEnabled || entry.accessKeys.some((key) => key.active);
      if (!holdsCredentials) continue;
      report.verdict(
        entry.mfaActive,
        entry,
        'The root user has an active MFA device.',
        'The root user has credentials but no active MFA device.',
      );
    }
  },
});
