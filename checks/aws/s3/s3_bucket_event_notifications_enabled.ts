import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_event_notifications_enabled',
  uses: { s3: ['bucketNotifications'] },
  run({ s3 }, report) {
    report.each(s3.bucketNotifications, (bucket) =>
      verdict(need(bucket.notifies), `S3 bucket ${bucket.id} has event notifications enabled.`, `S3 bucket ${bucket.id} does not have event notifications enabled.`),
    );
  },
});
