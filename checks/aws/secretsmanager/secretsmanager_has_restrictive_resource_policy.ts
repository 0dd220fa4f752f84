import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';
import { secretPolicyShortfalls } from '../../../src/checks/secret-policy.js';

export default defineCheck({
  id: 'secretsmanager_has_restrictive_resource_policy',
  uses: { secretsmanager: ['secretPolicies'] },
  config: ['organizations_trusted_ids'],
  run({ secretsmanager, account, config }, report) {
    report.each(secretsmanager.secretPolicies, (secret) => {
      const policy = need(secret.policy);
      if (policy === null) return fail(`Secret ${secret.id} has no resource policy to restrict who may use it.`);
      const shortfalls = secretPolicyShortfalls(policy, secret.arn, account, config.organizations_trusted_ids);
      if (shortfalls.length === 0) return pass(`The resource policy of secret ${secret.id} denies everyone but the principals it names.`);
      return fail(`The resource policy of secret ${secret.id} is not restrictive enough: ${shortfalls.join('; ')}.`);
    });
  },
});
