import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudtrail_kms_encryption_enabled',
  uses: { cloudtrail: ['trails'] },
  run({ cloudtrail }, report) {
    report.each(cloudtrail.trails, (trail) => {
      const scope = trail.multiRegion ? 'Multi-region' : 'Single-region';
      return verdict(
        trail.kmsKeyId !== null,
        `${scope} trail ${trail.id} encrypts its log files with KMS key ${trail.kmsKeyId ?? ''}.`,
        `${scope} trail ${trail.id} does not encrypt its log files with a KMS key.`,
      );
    });
  },
});
