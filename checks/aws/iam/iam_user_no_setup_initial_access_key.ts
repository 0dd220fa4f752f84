import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'iam_user_no_setup_initial_access_key',
  service: 'iam',
  title: 'Console users do not hold active access keys that have never been used',
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['identity-access', 'secrets'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'Goes through the credential report and flags each active access key that has never been used and belongs to a user with a console password, the typical leftover of a key created by default when the user was set up.',
  risk:
    'A key that was handed out but never needed widens the attack surface for nothing: it is valid, unwatched and often stored somewhere careless, so whoever finds it gets programmatic access with all of the user\'s permissions.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_getting-report.html',
  remediation: {
    text: 'Delete access keys that have never been used, and create keys only when a user actually needs programmatic access (preferably not at all, using roles instead).',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    cli: 'aws iam delete-access-key --user-name <user-name> --access-key-id <access-key-id>',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const user of report.from(iam.credentialReport)) {
      const neverUsed = user.accessKeys.flatMap((key, index) =>
        user.passwordEnabled && key.active && key.lastUsed === null ? [index + 1] : [],
      );
      for (const keyNumber of neverUsed) report.fail(user, `User ${user.id} has never used its active access key ${keyNumber}.`);
      if (neverUsed.length === 0) report.pass(user, `User ${user.id} has no active access key that was never used.`);
    }
  },
});
