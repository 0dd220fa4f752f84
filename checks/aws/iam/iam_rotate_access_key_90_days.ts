import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

const MAX_KEY_AGE_DAYS = 90;

export default defineCheck({
  id: 'iam_rotate_access_key_90_days',
  uses: { iam: ['credentialReport'] },
  run({ iam }, report) {
    report.each(iam.credentialReport, (user) => {
      if (user.accessKeys.every((key) => key.lastRotated === null)) return pass(`User ${user.id} has no access keys.`);
      const staleKeys = user.accessKeys.flatMap((key, index) => {
        if (!key.active || key.lastRotated === null) return [];
        const ageDays = daysBetween(key.lastRotated, user.readAt);
        if (ageDays <= MAX_KEY_AGE_DAYS) return [];
        return [
          fail(`User ${user.id} has not rotated access key ${index + 1} for ${ageDays} days, more than ${MAX_KEY_AGE_DAYS}.`, {
            id: `${user.id}-access-key-${index + 1}`,
          }),
        ];
      });
      return staleKeys.length > 0 ? staleKeys : pass(`User ${user.id} has no active access key older than ${MAX_KEY_AGE_DAYS} days.`);
    });
  },
});
