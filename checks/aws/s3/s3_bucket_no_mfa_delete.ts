import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_no_mfa_delete',
  uses: { s3: ['bucketVersioning'] },
  run({ s3 }, report) {
    report.each(s3.bucketVersioning, (bucket) =>
      verdict(need(bucket.versioning).mfaDelete, `S3 bucket ${bucket.id} has MFA Delete enabled.`, `S3 bucket ${bucket.id} has MFA Delete disabled.`),
    );
  },
});
