import { defineCheck, fail, pass } from '../../../src/checks/check.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export default defineCheck({
  id: 'secretsmanager_secret_unused',
  uses: { secretsmanager: ['secrets'] },
  config: ['max_days_secret_unused'],
  run({ secretsmanager, config }, report) {
    const allowed = config.max_days_secret_unused;
    report.each(secretsmanager.secrets, (secret) => {
      if (secret.lastAccessedDate === null) return fail(`Secret ${secret.id} has never been read.`);
      const when = secret.lastAccessedDate.toISOString().slice(0, 10);
      // Any time past the allowed days fails, not only whole days: AWS records the access date only.
      if (Date.now() - secret.lastAccessedDate.getTime() > allowed * DAY_MS) return fail(`Secret ${secret.id} has not been read since ${when}, over ${allowed} days ago; review whether it is still needed.`);
      return pass(`Secret ${secret.id} was last read on ${when}, within ${allowed} days.`);
    });
  },
});
