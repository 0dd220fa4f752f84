import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_no_root_access_key',
  service: 'iam',
  title: 'The root user has no active access keys',
  severity: 'critical',
  resourceType: 'AwsIamAccessKey',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'TTPs/Credential Access',
  ],
  description:
    "Reads the root user's row of the IAM credential report and, when the root user holds any credential, counts its active access keys; none is the expected state.",
  risk:
    'A root access key is a permanent secret with unlimited API power that no policy can narrow. Once it lands in a script, a laptop or a repository, whoever finds it can switch off logging, read or destroy data and lock the owners out.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_add-key.html',
  remediation: {
    text: 'Sign in as the root user, open Security credentials and delete every access key; give automation IAM roles with temporary credentials instead.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const entry of report.from(iam.credentialReport)) {
      if (!entry.root) continue;
      const activeKeys = entry.accessKeys.filter((key) => key.active).length;
      if (!entry.passwordEnabled && activeKeys === 0) continue;
      if (activeKeys === 0) report.pass(entry, 'The root user has no active access keys.');
      else report.fail(entry, `The root user has ${activeKeys === 1 ? 'one active access key' : 'two active access keys'}.`);
    }
  },
});
