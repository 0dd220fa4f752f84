import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kms_cmk_not_multi_region',
  uses: { kms: ['keys'] },
  run({ kms }, report) {
    report.each(kms.keys, (key) => {
      if (key.manager !== 'CUSTOMER' || key.state !== 'Enabled') return notApplicable('not an enabled customer managed key');
      return verdict(!key.multiRegion, `KMS key ${key.id} is a single-Region key.`, `KMS key ${key.id} is a multi-Region key.`);
    });
  },
});
