import { defineCheck } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

/** Root activity this many days ago or more recently fails. */
const RECENT_USE_DAYS = 1;

export default defineCheck({
  id: 'iam_avoid_root_usage',
  service: 'iam',
  title: 'The root user has not been used in the last day',
  severity: 'high',
  resourceType: 'AwsIamUser',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    "Reads the root user's row of the credential report and fails when the root user was last used (by password, else by access key 1, else by access key 2) within the last day.",
  risk:
    'Every use of the root user exercises the one identity that no policy can limit. Routine root activity hides a real intrusion among normal events and means its credentials are handled often enough to leak.',
  relatedUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-best-practices.html',
  remediation: {
    text: 'Do daily work with IAM roles or IAM Identity Center users, keep the root user for the few tasks that require it, delete its access keys and alert on every root sign-in.',
    url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/root-user-tasks.html',
  },
  uses: ['iam'],
  run({ iam }, report) {
    for (const root of report.from(iam.credentialReport)) {
      if (!root.root) continue;
      // Prowler looks at the password's last use first and only falls back to the keys when the
      // password was never used, rather than taking the most recent of the three.
      const lastUsed = root.passwordLastUsed ?? root.accessKeys[0].lastUsed ?? root.accessKeys[1].lastUsed;
      const daysAgo = lastUsed === null ? null : daysBetween(lastUsed, iam.readTime);
      report.verdict(
        daysAgo === null || daysAgo > RECENT_USE_DAYS,
        root,
        `The root user has not been used in the last ${RECENT_USE_DAYS} day.`,
        `The root user was last used ${daysAgo} days ago.`,
      );
    }
  },
});
