import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_s3_origin_access_control',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) => {
      const s3Origins = distribution.origins.filter((origin) => origin.s3);
      if (s3Origins.length === 0) return notApplicable('no S3 origins');
      const uncontrolled = s3Origins.filter((origin) => origin.originAccessControlId === '').map((origin) => origin.id);
      return verdict(
        uncontrolled.length === 0,
        `CloudFront distribution ${distribution.id} reaches its S3 origins through origin access control.`,
        `CloudFront distribution ${distribution.id} reaches S3 origins ${uncontrolled.join(', ')} without origin access control.`,
      );
    });
  },
});
