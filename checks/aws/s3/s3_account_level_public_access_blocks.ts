import { defineCheck } from '../../../src/checks/check.js';
import { blocksPublicAccess } from '../../../src/services/s3/bucket-access.js';

export default defineCheck({
  id: 's3_account_level_public_access_blocks',
  service: 's3',
  title: 'The account\'s S3 Block Public Access ignores public ACLs and restricts public buckets',
  severity: 'high',
  resourceType: 'AwsS3AccountPublicAccessBlock',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Effects/Data Exposure',
  ],
  description:
    'Reads the account-wide S3 Block Public Access settings and passes when IgnorePublicAcls and RestrictPublicBuckets are both on. When they are not, the account fails only if it has buckets in the scanned regions, or when unused services are scanned too.',
  risk:
    'Without account-wide blocking, each bucket is only as private as its own settings, ACLs and policy: one mistake on one bucket, present or future, can publish its data to the internet or to any AWS account.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  remediation: {
    text: 'Turn on all four Block Public Access settings for the account (or through an organization policy), and grant deliberate public access through CloudFront or pre-signed URLs rather than public buckets.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
    cli: 'aws s3control put-public-access-block --account-id <account-id> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC:
      'Type: AWS::S3::AccountPublicAccessBlock\nProperties:\n  BlockPublicAcls: true\n  IgnorePublicAcls: true\n  BlockPublicPolicy: true\n  RestrictPublicBuckets: true',
  },
  uses: ['s3'],
  run({ s3, account, options }, report) {
    for (const block of report.from(s3.accountPublicAccessBlock)) {
      if (blocksPublicAccess(block.settings)) {
        report.pass(block, `Block Public Access ignores public ACLs and restricts public buckets for account ${account.id}.`);
      } else if (options.scanUnusedServices || s3.buckets.size > 0) {
        report.fail(block, `Block Public Access does not ignore public ACLs and restrict public buckets for account ${account.id}.`);
      } else {
        // No bucket, no finding; but if the bucket listing failed, "no bucket" is unknown, and
        // reading the (empty) map through the report turns that failure into an ERROR.
        report.from(s3.buckets);
      }
    }
  },
});
