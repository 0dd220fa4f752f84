import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_server_access_logging_enabled',
  service: 's3',
  title: 'S3 buckets record server access logs',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['logging', 'forensics-ready'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'Reads each bucket\'s logging configuration and passes buckets that deliver server access logs (one record per request) to a target bucket.',
  risk:
    'Without access logs there is no per-request record of who read, wrote or deleted objects, so data theft or tampering can go unnoticed and an investigation has little to reconstruct it from.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
  remediation: {
    text: 'Turn on server access logging to a dedicated, access-restricted log bucket with a retention rule; add CloudTrail data events where object-level API auditing is needed.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html',
    cli: 'aws s3api put-bucket-logging --bucket <bucket-name> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"<bucket-name>/"}}\'',
    terraform:
      'resource "aws_s3_bucket_logging" "example" {\n  bucket        = aws_s3_bucket.example.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "example/"\n}',
    nativeIaC:
      'Type: AWS::S3::Bucket\nProperties:\n  LoggingConfiguration:\n    DestinationBucketName: <log-bucket>\n    LogFilePrefix: <bucket-name>/',
  },
  uses: ['s3'],
  run({ s3 }, report) {
    for (const bucket of report.from(s3.buckets)) {
      if (bucket.logging === undefined) continue;
      if (bucket.logging === null) report.fail(bucket, `S3 bucket ${bucket.id} does not log server access.`);
      else report.pass(bucket, `S3 bucket ${bucket.id} logs server access to bucket ${bucket.logging.targetBucket}.`);
    }
  },
});
