import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'lightsail_database_public',
  uses: { lightsail: ['databases'] },
  run({ lightsail }, report) {
    report.each(lightsail.databases, (database) =>
      verdict(!database.publiclyAccessible, `Lightsail database ${database.name} is not publicly accessible.`, `Lightsail database ${database.name} is publicly accessible.`),
    );
  },
});
