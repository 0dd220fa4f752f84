import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_server_access_logging_enabled',
  uses: { s3: ['buckets'] },
  run({ s3 }, report) {
    report.each(s3.buckets, (bucket) => {
      const logging = need(bucket.logging);
      if (logging === null) return fail(`S3 bucket ${bucket.id} does not log server access.`);
      return pass(`S3 bucket ${bucket.id} logs server access to bucket ${logging.targetBucket}.`);
    });
  },
});
