import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kms_cmk_are_used',
  uses: { kms: ['keys'] },
  run({ kms }, report) {
    report.each(kms.keys, (key) => {
      if (key.manager !== 'CUSTOMER') return notApplicable('an AWS managed key');
      if (key.state === 'Enabled') return pass(`KMS key ${key.id} is enabled, so it can be used.`);
      // A key already on its way out is being cleaned up, which is what an unused key should be.
      if (key.state === 'PendingDeletion') return pass(`KMS key ${key.id} is not in use and is scheduled for deletion.`);
      return fail(`KMS key ${key.id} is not in use (${key.state}) and is not scheduled for deletion.`);
    });
  },
});
