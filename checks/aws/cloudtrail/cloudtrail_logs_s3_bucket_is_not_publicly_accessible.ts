import { defineCheck } from '../../../src/checks/check.js';

const ALL_USERS = 'http://acs.amazonaws.com/groups/global/AllUsers';

export default defineCheck({
  id: 'cloudtrail_logs_s3_bucket_is_not_publicly_accessible',
  service: 'cloudtrail',
  title: 'The S3 bucket a CloudTrail trail delivers to grants nothing to everyone through its ACL',
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
    'For each trail, finds its destination bucket among the account\'s buckets and looks for an ACL grant to the AllUsers group (anyone on the internet). A destination bucket that is not among the scanned buckets, such as a central logging bucket in another account, is left for manual review.',
  risk:
    'A public log bucket hands an outsider a detailed map of the account: who calls which APIs, which roles, keys and resources exist, and where defences are. If the grant includes write access, the logs can also be altered or deleted to cover tracks.',
  relatedUrl: 'https://docs.aws.amazon.com/config/latest/developerguide/cloudtrail-s3-bucket-public-access-prohibited.html',
  remediation: {
    text: 'Remove every AllUsers grant from the log bucket\'s ACL, turn on S3 Block Public Access for the bucket and the account, and let only CloudTrail write to the bucket.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    cli: 'aws s3api put-bucket-acl --bucket <bucket-name> --acl private',
    terraform: 'resource "aws_s3_bucket_public_access_block" "trail_logs" {\n  bucket                  = aws_s3_bucket.trail_logs.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    nativeIaC: 'Type: AWS::S3::Bucket\nProperties:\n  AccessControl: Private\n  PublicAccessBlockConfiguration:\n    BlockPublicAcls: true\n    IgnorePublicAcls: true\n    BlockPublicPolicy: true\n    RestrictPublicBuckets: true',
  },
  uses: ['cloudtrail', 's3'],
  run({ cloudtrail, s3 }, report) {
    const bucketsByName = new Map(report.consult(s3.buckets).map((bucket) => [bucket.id, bucket]));
    // Without the complete bucket list, a missing bucket may just be unlisted, not another account's.
    const bucketsListed = !s3.buckets.failures.some((failure) => failure.resourceArn === undefined);
    for (const trail of report.from(cloudtrail.trails)) {
      const scope = trail.multiRegion ? 'multi-region' : 'single-region';
      const bucket = bucketsByName.get(trail.s3BucketName);
      if (!bucket) {
        if (bucketsListed) {
          report.manual(
            trail,
            `Bucket ${trail.s3BucketName} of ${scope} trail ${trail.id} is not among the scanned buckets (another account's, or outside the scan); review its access manually.`,
          );
        }
        continue;
      }
      if (bucket.aclGrants === undefined) {
        report.undeterminable(trail, bucket);
        continue;
      }
      report.verdict(
        !bucket.aclGrants.some((grant) => grant.uri === ALL_USERS),
        trail,
        `Bucket ${bucket.id} of ${scope} trail ${trail.id} grants nothing to AllUsers in its ACL.`,
        `Bucket ${bucket.id} of ${scope} trail ${trail.id} grants access to AllUsers (everyone) in its ACL.`,
      );
    }
  },
});
