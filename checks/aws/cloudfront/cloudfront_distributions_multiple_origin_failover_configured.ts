import { defineCheck, verdict } from '../../../src/checks/check.js';

/** A failover group needs a primary origin and a secondary one. */
const FAILOVER_ORIGINS = 2;

export default defineCheck({
  id: 'cloudfront_distributions_multiple_origin_failover_configured',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) =>
      // As in Prowler, a distribution without origin groups has none that falls short, and passes.
      verdict(
        distribution.originGroupSizes.every((size) => size >= FAILOVER_ORIGINS),
        `CloudFront distribution ${distribution.id} has no origin group with fewer than ${FAILOVER_ORIGINS} origins.`,
        `CloudFront distribution ${distribution.id} has an origin group with fewer than ${FAILOVER_ORIGINS} origins to fail over between.`,
      ),
    );
  },
});
