import { defineCheck } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

const MAX_KEY_AGE_DAYS = 90;

export default defineCheck({
  id: 'iam_rotate_access_key_90_days',
  service: 'iam',
  title: `IAM users' active access keys were rotated within the last ${MAX_KEY_AGE_DAYS} days`,
  severity: 'medium',
  resourceType: 'AwsIamUser',
  categories: ['secrets'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    `Goes through every user in the credential report and flags each active access key that was created or last rotated more than ${MAX_KEY_AGE_DAYS} days ago. Users without keys, or whose keys are all recent or inactive, pass.`,
  risk:
    'The longer a key lives, the more places it can have been copied to (scripts, CI settings, laptops, logs) and the longer a leaked copy stays valid for reading data, changing resources or running up costs.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
  remediation: {
    text: `Rotate active access keys at least every ${MAX_KEY_AGE_DAYS} days: create a new key, switch its users over, deactivate and then delete the old one. Prefer IAM roles with temporary credentials where possible.`,
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    cli: 'aws iam update-access-key --user-name <user-name> --access-key-id <access-key-id> --status Inactive',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const user of report.from(iam.credentialReport)) {
      if (user.accessKeys.every((key) => key.lastRotated === null)) {
        report.pass(user, `User ${user.id} has no access keys.`);
        continue;
      }
      let staleKeys = 0;
      user.accessKeys.forEach((key, index) => {
        if (!key.active || key.lastRotated === null) return;
        const ageDays = daysBetween(key.lastRotated, iam.readTime);
        if (ageDays <= MAX_KEY_AGE_DAYS) return;
        staleKeys++;
        report.fail(
          { ...user, id: `${user.id}-access-key-${index + 1}` },
          `User ${user.id} has not rotated access key ${index + 1} for ${ageDays} days, more than ${MAX_KEY_AGE_DAYS}.`,
        );
      });
      if (staleKeys === 0) report.pass(user, `User ${user.id} has no active access key older than ${MAX_KEY_AGE_DAYS} days.`);
    }
  },
});
