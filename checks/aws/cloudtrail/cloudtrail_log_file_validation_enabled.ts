import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudtrail_log_file_validation_enabled',
  service: 'cloudtrail',
  title: 'CloudTrail trails write signed digest files so that log tampering can be detected',
  severity: 'medium',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['logging', 'forensics-ready'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'Confirms that each trail has log file integrity validation switched on, so that CloudTrail delivers hourly digest files, signed by AWS, alongside the log files in S3.',
  risk:
    'Without digests nobody can prove that a delivered log file is complete and unaltered: someone with write access to the bucket could edit or remove entries that record their actions, and the evidence would no longer hold up in an investigation.',
  relatedUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
  remediation: {
    text: 'Turn on log file validation for every trail, keep the digest files as protected as the logs themselves, and validate the logs periodically.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-enabling.html',
    cli: 'aws cloudtrail update-trail --name <trail-name> --enable-log-file-validation',
    terraform: 'resource "aws_cloudtrail" "example" {\n  name                       = "example"\n  s3_bucket_name             = "example-bucket"\n  enable_log_file_validation = true\n}',
    nativeIaC: 'Type: AWS::CloudTrail::Trail\nProperties:\n  S3BucketName: example-bucket\n  EnableLogFileValidation: true',
  },
  uses: ['cloudtrail'],
  run({ cloudtrail }, report) {
    for (const trail of report.from(cloudtrail.trails)) {
      const scope = trail.multiRegion ? 'Multi-region' : 'Single-region';
      report.verdict(
        trail.logFileValidationEnabled,
        trail,
        `${scope} trail ${trail.id} validates its log files with signed digests.`,
        `${scope} trail ${trail.id} does not validate its log files.`,
      );
    }
  },
});
