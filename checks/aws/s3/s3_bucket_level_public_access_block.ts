import { defineCheck } from '../../../src/checks/check.js';
import { blocksPublicAccess } from '../../../src/services/s3/bucket-access.js';

export default defineCheck({
  id: 's3_bucket_level_public_access_block',
  service: 's3',
  title: 'S3 buckets ignore public ACLs and restrict public policies through Block Public Access',
  severity: 'high',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Effects/Data Exposure',
  ],
  description:
    'For each bucket, passes when its own Block Public Access settings have both IgnorePublicAcls and RestrictPublicBuckets on, or, failing that, when the account-level settings have both on, since those cover every bucket.',
  risk:
    'Without these two settings, a single public ACL or a bucket policy naming everyone as principal opens the bucket to the internet or to any AWS account, exposing, altering or deleting its data.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  remediation: {
    text: 'Turn on all four Block Public Access settings for the account, and for each bucket too, unless a bucket is deliberately public; serve public content through CloudFront instead.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
    cli: 'aws s3api put-public-access-block --bucket <bucket-name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "example" {\n  bucket                  = aws_s3_bucket.example.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC:
      'Type: AWS::S3::Bucket\nProperties:\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    IgnorePublicAcls: true\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
  },
  uses: ['s3'],
  run({ s3, account }, report) {
    // Read through the report only when a bucket depends on it, so an unreadable account setting
    // is an ERROR exactly where it kept a verdict from being reached.
    const accountBlock = () => report.from(s3.accountPublicAccessBlock)[0];
    for (const bucket of report.from(s3.buckets)) {
      if (bucket.publicAccessBlock === undefined) continue;
      if (blocksPublicAccess(bucket.publicAccessBlock)) {
        report.pass(bucket, `S3 bucket ${bucket.id} has Block Public Access configured to ignore public ACLs and restrict public buckets.`);
        continue;
      }
      const accountSettings = accountBlock()?.settings;
      if (accountSettings === undefined) continue;
      report.verdict(
        blocksPublicAccess(accountSettings),
        bucket,
        `S3 bucket ${bucket.id} is covered by Block Public Access at the level of account ${account.id}.`,
        `S3 bucket ${bucket.id} does not have Block Public Access configured, for itself or for account ${account.id}.`,
      );
    }
  },
});
