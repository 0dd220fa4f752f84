import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudtrail_kms_encryption_enabled',
  service: 'cloudtrail',
  title: 'CloudTrail trails encrypt their log files with a KMS key',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['encryption'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'Confirms that each trail names a KMS key for server-side encryption (SSE-KMS) of the log files it delivers to S3, instead of relying on the bucket\'s default S3-managed encryption.',
  risk:
    'With S3-managed keys, anyone who can read the bucket can read the audit trail. A KMS key adds a second, separately granted permission to decrypt, and its use is itself logged, which protects the logs when a bucket policy is too broad or credentials leak.',
  relatedUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
  remediation: {
    text: 'Configure each trail with a customer-managed KMS key whose policy lets CloudTrail encrypt and only the people who review logs decrypt.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-kms-key-policy-for-cloudtrail.html',
    cli: 'aws cloudtrail update-trail --name <trail-name> --kms-key-id <kms-key-arn>',
    terraform: 'resource "aws_cloudtrail" "example" {\n  name           = "example"\n  s3_bucket_name = "example-bucket"\n  kms_key_id     = aws_kms_key.trail.arn\n}',
    nativeIaC: 'Type: AWS::CloudTrail::Trail\nProperties:\n  S3BucketName: example-bucket\n  KMSKeyId: <kms-key-arn>',
  },
  uses: ['cloudtrail'],
  run({ cloudtrail }, report) {
    for (const trail of report.from(cloudtrail.trails)) {
      const scope = trail.multiRegion ? 'Multi-region' : 'Single-region';
      report.verdict(
        trail.kmsKeyId !== null,
        trail,
        `${scope} trail ${trail.id} encrypts its log files with KMS key ${trail.kmsKeyId ?? ''}.`,
        `${scope} trail ${trail.id} does not encrypt its log files with a KMS key.`,
      );
    }
  },
});
