import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudfront_distributions_geo_restrictions_enabled',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) =>
      verdict(
        distribution.geoRestrictionType !== 'none',
        `CloudFront distribution ${distribution.id} restricts viewers by country (${distribution.geoRestrictionType}).`,
        `CloudFront distribution ${distribution.id} serves viewers in every country.`,
      ),
    );
  },
});
