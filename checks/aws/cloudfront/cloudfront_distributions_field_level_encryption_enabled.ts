import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_field_level_encryption_enabled',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) =>
      verdict(
        distribution.fieldLevelEncryptionId !== '',
        `CloudFront distribution ${distribution.id} encrypts chosen fields at the edge (configuration ${distribution.fieldLevelEncryptionId}).`,
        `CloudFront distribution ${distribution.id} has no field-level encryption on its default cache behavior.`,
      ),
    );
  },
});
