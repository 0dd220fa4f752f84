import { defineCheck } from '../../../src/checks/check.js';
import { blocksPublicAccess, grantsToEveryone } from '../../../src/services/s3/bucket-access.js';
import { isPolicyPublic } from '../../../src/services/s3/public-policy.js';

export default defineCheck({
  id: 's3_bucket_public_access',
  service: 's3',
  title: 'S3 buckets are not open to everyone or to every AWS account',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Effects/Data Exposure',
  ],
  description:
    'When the account\'s Block Public Access ignores public ACLs and restricts public buckets, no bucket can be public and the account passes as a whole. Otherwise each bucket whose own Block Public Access does not do both is examined: it fails if its ACL grants anything to the AllUsers or AuthenticatedUsers groups, or if its policy allows a public principal without a limiting condition.',
  risk:
    'A public bucket can be read, and sometimes written or emptied, by anyone: data is exfiltrated in bulk, malware or phishing pages are hosted under the organization\'s name, and objects can be overwritten or deleted.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
  remediation: {
    text: 'Turn on Block Public Access for the account and for each bucket, remove AllUsers and AuthenticatedUsers grants from ACLs (or disable ACLs), and name specific principals in bucket policies.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-bucket.html',
    cli: 'aws s3api put-public-access-block --bucket <bucket-name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "example" {\n  bucket                  = aws_s3_bucket.example.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC:
      'Type: AWS::S3::Bucket\nProperties:\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    IgnorePublicAcls: true\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
  },
  uses: ['s3'],
  run({ s3 }, report) {
    for (const accountBlock of report.from(s3.accountPublicAccessBlock)) {
      if (blocksPublicAccess(accountBlock.settings)) {
        report.pass(accountBlock, 'All S3 public access is blocked at account level.');
        continue;
      }
      for (const bucket of report.from(s3.buckets)) {
        if (bucket.publicAccessBlock === undefined) continue;
        if (blocksPublicAccess(bucket.publicAccessBlock)) {
          report.pass(bucket, `S3 bucket ${bucket.id} blocks public access through its own Block Public Access settings.`);
          continue;
        }
        const policyPublic = bucket.policy === undefined ? undefined : bucket.policy !== null && isPolicyPublic(bucket.policy);
        const aclPublic = bucket.aclGrants?.some(grantsToEveryone);
        if (policyPublic) report.fail(bucket, `S3 bucket ${bucket.id} is public through its bucket policy.`);
        else if (aclPublic) report.fail(bucket, `S3 bucket ${bucket.id} is public through its ACL.`);
        else if (policyPublic === false && aclPublic === false) report.pass(bucket, `S3 bucket ${bucket.id} is not public.`);
      }
    }
  },
});
