import { defineCheck, need, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kms_cmk_rotation_enabled',
  uses: { kms: ['keys'] },
  run({ kms }, report) {
    report.each(kms.keys, (key) => {
      if (key.manager !== 'CUSTOMER' || key.state !== 'Enabled' || !key.spec.includes('SYMMETRIC')) {
        return notApplicable('not an enabled, symmetric, customer managed key');
      }
      return verdict(
        need(key.rotationEnabled),
        `KMS key ${key.id} rotates its key material automatically.`,
        `KMS key ${key.id} does not rotate its key material automatically.`,
      );
    });
  },
});
