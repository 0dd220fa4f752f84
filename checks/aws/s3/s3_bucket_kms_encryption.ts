import { defineCheck, need, verdict } from '../../../src/checks/check.js';

const KMS_ALGORITHMS = ['aws:kms', 'aws:kms:dsse'];

export default defineCheck({
  id: 's3_bucket_kms_encryption',
  uses: { s3: ['bucketEncryption'] },
  run({ s3 }, report) {
    report.each(s3.bucketEncryption, (bucket) => {
      const encryption = need(bucket.encryption);
      return verdict(
        encryption !== null && KMS_ALGORITHMS.includes(encryption),
        `S3 bucket ${bucket.id} encrypts new objects by default with ${encryption}.`,
        `S3 bucket ${bucket.id} does not encrypt new objects by default with KMS.`,
      );
    });
  },
});
