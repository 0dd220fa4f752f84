import { defineCheck, fail, pass } from '../../../src/checks/check.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineCheck({
  id: 'secretsmanager_secret_rotated_periodically',
  uses: { secretsmanager: ['secrets'] },
  config: ['max_days_secret_unrotated'],
  run({ secretsmanager, config }, report) {
    const allowed = config.max_days_secret_unrotated;
    report.each(secretsmanager.secrets, (secret) => {
      if (secret.lastRotatedDate === null) return fail(`Secret ${secret.id} has never been rotated.`);
      const days = Math.floor((Date.now() - secret.lastRotatedDate.getTime()) / DAY_MS);
      const when = secret.lastRotatedDate.toISOString().slice(0, 10);
      if (days > allowed) return fail(`Secret ${secret.id} was last rotated ${days} days ago (${when}), more than the ${allowed} allowed.`);
      return pass(`Secret ${secret.id} was last rotated on ${when}, within ${allowed} days.`);
    });
  },
});
