import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';

export default defineCheck({
  id: 'secretsmanager_not_publicly_accessible',
  uses: { secretsmanager: ['secretPolicies'] },
  run({ secretsmanager }, report) {
    report.each(secretsmanager.secretPolicies, (secret) => {
      const policy = need(secret.policy);
      if (policy === null) return notApplicable('no resource policy, so nothing grants outside access');
      return verdict(!isPolicyPublic(policy), `The resource policy of secret ${secret.id} does not make it public.`, `The resource policy of secret ${secret.id} makes it public.`);
    });
  },
});
