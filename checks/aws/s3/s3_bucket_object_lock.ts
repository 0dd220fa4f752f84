import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_object_lock',
  uses: { s3: ['bucketObjectLock'] },
  run({ s3 }, report) {
    report.each(s3.bucketObjectLock, (bucket) =>
      verdict(need(bucket.objectLock), `S3 bucket ${bucket.id} has Object Lock enabled.`, `S3 bucket ${bucket.id} has Object Lock disabled.`),
    );
  },
});
