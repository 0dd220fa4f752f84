import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kms_cmk_not_deleted_unintentionally',
  uses: { kms: ['keys'] },
  run({ kms, options }, report) {
    report.each(kms.keys, (key) => {
      if (key.manager !== 'CUSTOMER') return notApplicable('an AWS managed key');
      if (key.state === 'Disabled' && !options.scanUnusedServices) return notApplicable('a disabled key, and unused resources are not scanned');
      return verdict(
        key.state !== 'PendingDeletion',
        `KMS key ${key.id} is not scheduled for deletion.`,
        `KMS key ${key.id} is scheduled for deletion; cancel it if that was not intended.`,
      );
    });
  },
});
