import { defineCheck } from '../../../src/checks/check.js';
import { isPolicyPublic } from '../../../src/services/s3/public-policy.js';

/** The actions Prowler treats as writes when it looks for a public Allow (`*` always counts). */
const WRITE_ACTIONS = ['s3:PutObject', 's3:DeleteObject', 's3:*', 's3:Put*', 's3:Delete*'];

export default defineCheck({
  id: 's3_bucket_policy_public_write_access',
  service: 's3',
  title: 'S3 bucket policies do not let everyone write or delete objects',
  severity: 'critical',
  resourceType: 'AwsS3Bucket',
  categories: ['internet-exposed'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
    'Effects/Data Destruction',
    'TTPs/Initial Access',
  ],
  description:
    'Looks in each bucket policy for an Allow to a public principal, without a limiting condition, of s3:PutObject, s3:DeleteObject, s3:Put*, s3:Delete*, s3:* or *. Such a policy passes anyway when RestrictPublicBuckets is on for the account or for the bucket, since S3 then ignores it for outsiders. Buckets without a policy pass.',
  risk:
    'Anyone who may write to a bucket can plant malware or phishing content under the organization\'s name, poison data that other systems trust, run up storage costs, or overwrite and delete what is there.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
  remediation: {
    text: 'Remove public principals from write statements in the bucket policy, granting writes to named roles or accounts only, and turn on RestrictPublicBuckets for the account and the bucket.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    cli: 'aws s3api put-public-access-block --bucket <bucket-name> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform:
      'resource "aws_s3_bucket_public_access_block" "example" {\n  bucket                  = aws_s3_bucket.example.id\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC: 'Type: AWS::S3::Bucket\nProperties:\n  PublicAccessBlockConfiguration:\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
  },
  uses: ['s3'],
  run({ s3 }, report) {
    // Read through the report only when a public policy makes it matter, so an unreadable account
    // setting is an ERROR exactly where it kept a verdict from being reached.
    const accountBlock = () => report.from(s3.accountPublicAccessBlock)[0];
    for (const bucket of report.from(s3.buckets)) {
      if (bucket.policy === undefined) continue;
      if (bucket.policy === null) {
        report.pass(bucket, `S3 bucket ${bucket.id} has no bucket policy.`);
        continue;
      }
      if (!isPolicyPublic(bucket.policy, WRITE_ACTIONS)) {
        report.pass(bucket, `S3 bucket ${bucket.id} has a bucket policy that does not allow public writes.`);
        continue;
      }
      const bucketRestricts = bucket.publicAccessBlock === undefined ? undefined : bucket.publicAccessBlock?.restrictPublicBuckets === true;
      if (bucketRestricts) {
        report.pass(bucket, `S3 bucket ${bucket.id} has a bucket policy allowing public writes, but public access is restricted at bucket level.`);
        continue;
      }
      const accountSettings = accountBlock()?.settings;
      if (accountSettings === undefined) continue;
      if (accountSettings?.restrictPublicBuckets) {
        report.pass(bucket, `S3 bucket ${bucket.id} has a bucket policy allowing public writes, but public access is restricted at account level.`);
      } else if (bucketRestricts === false) {
        report.fail(bucket, `S3 bucket ${bucket.id} has a bucket policy that allows public writes.`);
      }
    }
  },
});
