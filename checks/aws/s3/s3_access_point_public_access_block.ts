import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_access_point_public_access_block',
  uses: { s3: ['accessPoints'] },
  run({ s3 }, report) {
    report.each(s3.accessPoints, (accessPoint) => {
      const block = need(accessPoint.publicAccessBlock);
      return verdict(
        block.blockPublicAcls && block.ignorePublicAcls && block.blockPublicPolicy && block.restrictPublicBuckets,
        `Access point ${accessPoint.id} of bucket ${accessPoint.bucket} has every Block Public Access setting on.`,
        `Access point ${accessPoint.id} of bucket ${accessPoint.bucket} does not have every Block Public Access setting on.`,
      );
    });
  },
});
