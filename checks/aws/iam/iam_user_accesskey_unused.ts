import { defineCheck } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

/** Prowler's default for max_unused_access_keys_days. */
const MAX_UNUSED_DAYS = 45;

export default defineCheck({
  id: 'iam_user_accesskey_unused',
  service: 'iam',
  title: `Active access keys of IAM users have been used within the last ${MAX_UNUSED_DAYS} days`,
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['secrets'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    `Goes through every user in the credential report and flags each active access key whose last use was more than ${MAX_UNUSED_DAYS} days ago. Users without active keys, and keys used recently or never, pass.`,
  risk:
    'A key nobody uses any more still works for anyone who has a copy. Forgotten keys are rarely watched, so one that leaks can be used for API access, data theft or expensive resources long before anyone notices.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
  remediation: {
    text: `Deactivate, then delete, access keys that have not been used for ${MAX_UNUSED_DAYS} days, and move workloads to IAM roles with temporary credentials.`,
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    cli: 'aws iam update-access-key --user-name <user-name> --access-key-id <access-key-id> --status Inactive',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const user of report.from(iam.credentialReport)) {
      if (!user.accessKeys.some((key) => key.active)) {
        report.pass(user, `User ${user.id} has no active access keys.`);
        continue;
      }
      let unusedKeys = 0;
      user.accessKeys.forEach((key, index) => {
        if (!key.active || key.lastUsed === null) return;
        const idleDays = daysBetween(key.lastUsed, iam.readTime);
        if (idleDays <= MAX_UNUSED_DAYS) return;
        unusedKeys++;
        report.fail(
          { ...user, id: `${user.id}/AccessKey${index + 1}` },
          `User ${user.id} has not used access key ${index + 1} for ${idleDays} days, more than ${MAX_UNUSED_DAYS}.`,
        );
      });
      if (unusedKeys === 0) report.pass(user, `User ${user.id} has no access key left unused for more than ${MAX_UNUSED_DAYS} days.`);
    }
  },
});
