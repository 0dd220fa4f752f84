import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/checks/policy/public-policy.js';

export default defineCheck({
  id: 'kms_key_not_publicly_accessible',
  uses: { kms: ['keys', 'keyPolicies'] },
  run({ kms }, report) {
    report.each(kms.keys, (key) => {
      if (key.manager !== 'CUSTOMER' || key.state !== 'Enabled') return notApplicable('not an enabled customer managed key');
      const policy = kms.keyPolicies.all(key.region).find((candidate) => candidate.arn === key.arn);
      if (!policy) return notApplicable('its policy was not read');
      return verdict(
        !isPolicyPublic(need(policy.document)),
        `KMS key ${key.id} is not open to everyone by its key policy.`,
        `KMS key ${key.id} may be used by anyone: its key policy allows any principal without a limiting condition.`,
      );
    });
  },
});
