import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'secretsmanager_automatic_rotation_enabled',
  uses: { secretsmanager: ['secrets'] },
  run({ secretsmanager }, report) {
    report.each(secretsmanager.secrets, (secret) =>
      verdict(secret.rotationEnabled, `Secret ${secret.id} rotates automatically.`, `Secret ${secret.id} has automatic rotation turned off.`),
    );
  },
});
