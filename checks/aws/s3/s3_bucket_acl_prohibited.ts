import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 's3_bucket_acl_prohibited',
  service: 's3',
  title: 'S3 buckets have ACLs disabled through Object Ownership',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['identity-access'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'Reads each bucket\'s Object Ownership setting and passes buckets set to BucketOwnerEnforced, where bucket and object ACLs no longer grant anything. Any other setting, or no ownership controls at all, leaves ACLs in force.',
  risk:
    'While ACLs are in force, a grant on the bucket or on any single object can open access that bucket policies and IAM never show, including to the public or to other accounts, and objects uploaded by others may not even belong to the bucket owner.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
  remediation: {
    text: 'Move any access still granted through ACLs into bucket policies, then set Object Ownership to BucketOwnerEnforced to disable ACLs.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ensure-object-ownership.html',
    cli: 'aws s3api put-bucket-ownership-controls --bucket <bucket-name> --ownership-controls Rules=[{ObjectOwnership=BucketOwnerEnforced}]',
    terraform:
      'resource "aws_s3_bucket_ownership_controls" "example" {\n  bucket = aws_s3_bucket.example.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
    nativeIaC:
      'Type: AWS::S3::Bucket\nProperties:\n  OwnershipControls:\n    Rules:\n      - ObjectOwnership: BucketOwnerEnforced',
  },
  uses: ['s3'],
  run({ s3 }, report) {
    for (const bucket of report.from(s3.buckets)) {
      if (bucket.ownership === undefined) continue;
      report.verdict(
        bucket.ownership === 'BucketOwnerEnforced',
        bucket,
        `S3 bucket ${bucket.id} has ACLs disabled (Object Ownership is BucketOwnerEnforced).`,
        `S3 bucket ${bucket.id} has ACLs enabled (Object Ownership is ${bucket.ownership ?? 'not configured'}).`,
      );
    }
  },
});
