import { defineCheck, verdict } from '../../../src/checks/check.js';
import type { Distribution, DistributionOrigin } from '../../../src/services/cloudfront/cloudfront.js';

/**
 * Whether CloudFront may reach the origin in the clear. For an S3 origin only the viewer side is
 * judged, as in Prowler; a custom origin is in the clear over HTTP, with no policy, or when it
 * matches viewers who may use HTTP.
 */
function unencrypted(origin: DistributionOrigin, distribution: Distribution): boolean {
  const viewersMayUseHttp = distribution.viewerProtocolPolicy === 'allow-all';
  if (origin.s3) return viewersMayUseHttp;
  return origin.protocolPolicy === '' || origin.protocolPolicy === 'http-only' || (origin.protocolPolicy === 'match-viewer' && viewersMayUseHttp);
}

export default defineCheck({
  id: 'cloudfront_distributions_origin_traffic_encrypted',
  uses: { cloudfront: ['distributions'] },
  run({ cloudfront }, report) {
    report.each(cloudfront.distributions, (distribution) => {
      const inTheClear = distribution.origins.filter((origin) => unencrypted(origin, distribution)).map((origin) => origin.id);
      return verdict(
        inTheClear.length === 0,
        `CloudFront distribution ${distribution.id} reaches all its origins over encrypted connections.`,
        `CloudFront distribution ${distribution.id} may reach origins ${inTheClear.join(', ')} unencrypted.`,
      );
    });
  },
});
