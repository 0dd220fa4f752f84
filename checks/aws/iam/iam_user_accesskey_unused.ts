import { defineCheck, fail, pass } from '../../../src/checks/check.js';
import { daysBetween } from '../../../src/services/iam/credential-report.js';

export default defineCheck({
  id: 'iam_user_accesskey_unused',
  uses: { iam: ['credentialReport'] },
  config: ['max_unused_access_keys_days'],
  run({ iam, config }, report) {
    const maxUnusedDays = config.max_unused_access_keys_days;
    report.each(iam.credentialReport, (user) => {
      if (!user.accessKeys.some((key) => key.active)) return pass(`User ${user.id} has no active access keys.`);
      const unusedKeys = user.accessKeys.flatMap((key, index) => {
        if (!key.active || key.lastUsed === null) return [];
        const idleDays = daysBetween(key.lastUsed, user.readAt);
        if (idleDays <= maxUnusedDays) return [];
        return [fail(`User ${user.id} has not used access key ${index + 1} for ${idleDays} days, more than ${maxUnusedDays}.`, { id: `${user.id}/AccessKey${index + 1}` })];
      });
      return unusedKeys.length > 0 ? unusedKeys : pass(`User ${user.id} has no access key left unused for more than ${maxUnusedDays} days.`);
    });
  },
});
