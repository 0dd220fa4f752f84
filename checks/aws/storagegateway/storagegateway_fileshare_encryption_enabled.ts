import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'storagegateway_fileshare_encryption_enabled',
  uses: { storagegateway: ['fileShares'] },
  run({ storagegateway }, report) {
    report.each(storagegateway.fileShares, (share) =>
      verdict(
        need(share.kmsEncrypted),
        `Storage Gateway file share ${share.id} encrypts with a customer managed KMS key.`,
        `Storage Gateway file share ${share.id} does not encrypt with a customer managed KMS key.`,
      ),
    );
  },
});
