import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_object_versioning',
  service: 's3',
  title: 'S3 buckets keep earlier versions of their objects',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['resilience'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Effects/Data Destruction',
  ],
  description:
    'Reads each bucket\'s versioning state and passes only buckets where versioning is Enabled; buckets that never had it, or where it is Suspended, fail.',
  risk:
    'Without versioning an overwrite or delete destroys the only copy of an object. A compromised credential, ransomware or a faulty deployment can wipe or corrupt data with no way to roll back.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
  remediation: {
    text: 'Enable versioning on buckets that hold data worth keeping, add lifecycle rules to expire old versions, and consider Object Lock or MFA Delete where deletions must be prevented outright.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/manage-versioning-examples.html',
    cli: 'aws s3api put-bucket-versioning --bucket <bucket-name> --versioning-configuration Status=Enabled',
    terraform:
      'resource "aws_s3_bucket_versioning" "example" {\n  bucket = aws_s3_bucket.example.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
    nativeIaC: 'Type: AWS::S3::Bucket\nProperties:\n  VersioningConfiguration:\n    Status: Enabled',
  },
  uses: ['s3'],
  run({ s3 }, report) {
    for (const bucket of report.from(s3.buckets)) {
      if (bucket.versioning === undefined) continue;
      report.verdict(
        bucket.versioning,
        bucket,
        `S3 bucket ${bucket.id} has versioning enabled.`,
        `S3 bucket ${bucket.id} does not have versioning enabled.`,
      );
    }
  },
});
