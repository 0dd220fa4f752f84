import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_default_encryption',
  service: 's3',
  title: 'S3 buckets declare a default server-side encryption setting',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['encryption'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Effects/Data Exposure',
  ],
  description:
    'Reads each bucket\'s default encryption configuration and reports the algorithm new objects are encrypted with (SSE-S3, SSE-KMS or DSSE-KMS). Since January 2023 AWS applies SSE-S3 to every bucket, so this mainly flags buckets whose configuration cannot be found; s3_bucket_kms_encryption is the stricter test for KMS keys.',
  risk:
    'Objects written without encryption at rest rely entirely on access controls: a leaked copy, a replica or a misdirected backup exposes them in clear, and without a KMS key there is no separate key policy or key-usage log to contain or trace access.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-bucket-encryption.html',
  remediation: {
    text: 'Give every bucket a default encryption rule, preferably SSE-KMS with a customer-managed key for sensitive data, and re-encrypt objects stored before the rule existed.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
    cli: 'aws s3api put-bucket-encryption --bucket <bucket-name> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"AES256"}}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "example" {\n  bucket = aws_s3_bucket.example.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n  }\n}',
    nativeIaC:
      'Type: AWS::S3::Bucket\nProperties:\n  BucketEncryption:\n    ServerSideEncryptionConfiguration:\n      - ServerSideEncryptionByDefault:\n          SSEAlgorithm: aws:kms',
  },
  uses: ['s3'],
  run({ s3 }, report) {
    for (const bucket of report.from(s3.buckets)) {
      if (bucket.encryption === undefined) continue;
      report.verdict(
        bucket.encryption !== null,
        bucket,
        `S3 bucket ${bucket.id} encrypts new objects by default with ${bucket.encryption}.`,
        `S3 bucket ${bucket.id} has no default server-side encryption.`,
      );
    }
  },
});
