import { defineCheck } from '../../../src/checks/check.js';
import { deniesInsecureTransport } from '../../../src/services/s3/bucket-access.js';

export default defineCheck({
  id: 's3_bucket_secure_transport_policy',
  service: 's3',
  title: 'S3 bucket policies refuse requests that do not use TLS',
  severity: 'medium',
  resourceType: 'AwsS3Bucket',
  categories: ['encryption'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices/Network Reachability',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'Looks in each bucket\'s policy for a Deny statement on s3:PutObject, s3:* or * that applies when the condition Bool aws:SecureTransport is "false". A bucket without a policy, or whose policy has no such statement, accepts plain HTTP and fails.',
  risk:
    'Requests over plain HTTP can be read or altered in transit: object contents, request signatures and pre-signed URLs are exposed to anyone on the network path, who can replay or tamper with them.',
  relatedUrl: 'https://repost.aws/knowledge-center/s3-bucket-policy-for-config-rule',
  remediation: {
    text: 'Add a bucket policy statement that denies every S3 action on the bucket and its objects when aws:SecureTransport is false, so only HTTPS requests are served.',
    url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    cli: 'aws s3api put-bucket-policy --bucket <bucket-name> --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::<bucket-name>","arn:aws:s3:::<bucket-name>/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'',
    terraform:
      'resource "aws_s3_bucket_policy" "tls_only" {\n  bucket = aws_s3_bucket.example.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.example.arn, "${aws_s3_bucket.example.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}',
    nativeIaC:
      'Type: AWS::S3::BucketPolicy\nProperties:\n  Bucket: !Ref Bucket\n  PolicyDocument:\n    Statement:\n      - Effect: Deny\n        Principal: "*"\n        Action: "s3:*"\n        Resource:\n          - !GetAtt Bucket.Arn\n          - !Sub "${Bucket.Arn}/*"\n        Condition:\n          Bool:\n            aws:SecureTransport: "false"',
  },
  uses: ['s3'],
  run({ s3 }, report) {
    for (const bucket of report.from(s3.buckets)) {
      if (bucket.policy === undefined) continue;
      if (bucket.policy === null) {
        report.fail(bucket, `S3 bucket ${bucket.id} has no bucket policy, so it accepts requests over plain HTTP.`);
        continue;
      }
      report.verdict(
        deniesInsecureTransport(bucket.policy),
        bucket,
        `S3 bucket ${bucket.id} has a bucket policy that denies requests over insecure transport.`,
        `S3 bucket ${bucket.id} has a bucket policy that does not deny requests over insecure transport.`,
      );
    }
  },
});
