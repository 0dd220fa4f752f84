import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

/** Root activity this many days ago or more recently fails. */
const RECENT_USE_DAYS = 1;

export default defineCheck({
  id: 'iam_avoid_root_usage',
  uses: { iam: ['credentialReport'] },
  run({ iam }, report) {
    report.each(iam.credentialReport, (root) => {
      if (!root.root) return notApplicable('not the root user');
      // Prowler looks at the password's last use first and only falls back to the keys when the
      // password was never used, rather than taking the most recent of the three.
      const lastUsed = root.passwordLastUsed ?? root.accessKeys[0].lastUsed ?? root.accessKeys[1].lastUsed;
      const daysAgo = lastUsed === null ? null : daysBetween(lastUsed, root.readAt);
      return verdict(
        daysAgo === null || daysAgo > RECENT_USE_DAYS,
        `The root user has not been used in the last ${RECENT_USE_DAYS} day.`,
        `The root user was last used ${daysAgo} days ago.`,
      );
    });
  },
});
