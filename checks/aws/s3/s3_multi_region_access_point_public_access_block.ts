import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_multi_region_access_point_public_access_block',
  uses: { s3: ['multiRegionAccessPoints'] },
  run({ s3 }, report) {
    report.each(s3.multiRegionAccessPoints, (accessPoint) => {
      const { blockPublicAcls, ignorePublicAcls, blockPublicPolicy, restrictPublicBuckets } = accessPoint.publicAccessBlock;
      const buckets = accessPoint.buckets.join(', ');
      return verdict(
        blockPublicAcls && ignorePublicAcls && blockPublicPolicy && restrictPublicBuckets,
        `Multi-Region Access Point ${accessPoint.id} (buckets ${buckets}) has every Block Public Access setting on.`,
        `Multi-Region Access Point ${accessPoint.id} (buckets ${buckets}) does not have every Block Public Access setting on.`,
      );
    });
  },
});
