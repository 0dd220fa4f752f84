import { defineCheck } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudtrail_multi_region_enabled',
  service: 'cloudtrail',
  title: 'Every scanned region is covered by at least one CloudTrail trail that is logging',
  severity: 'high',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['logging', 'forensics-ready'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/CIS AWS Foundations Benchmark',
  ],
  description:
    'For each scanned region, looks for a trail that records API activity there and is currently logging: either a trail homed in that region or a multi-region trail homed anywhere.',
  risk:
    'API calls made in a region that no active trail records leave no audit record, so an intruder can work in a rarely watched region to create resources, change permissions or move data without being seen or investigated afterwards.',
  relatedUrl: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrailconcepts.html#cloudtrail-concepts-management-events',
  remediation: {
    text: 'Create one multi-region trail (or a trail in every region), make sure it is logging, and watch its status so that coverage gaps are noticed quickly.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    cli: 'aws cloudtrail create-trail --name <trail-name> --s3-bucket-name <bucket-name> --is-multi-region-trail && aws cloudtrail start-logging --name <trail-name>',
    terraform: 'resource "aws_cloudtrail" "example" {\n  name                  = "example"\n  s3_bucket_name        = "example-bucket"\n  is_multi_region_trail = true\n  enable_logging        = true\n}',
    nativeIaC: 'Type: AWS::CloudTrail::Trail\nProperties:\n  S3BucketName: example-bucket\n  IsMultiRegionTrail: true\n  IsLogging: true',
  },
  uses: ['cloudtrail'],
  run({ cloudtrail, account }, report) {
    const trails = report.consult(cloudtrail.trails);
    for (const region of account.regions) {
      const covering = trails.filter((trail) => trail.multiRegion || trail.region === region);
      const logging = covering.find((trail) => trail.isLogging === true);
      if (logging) {
        const scope = logging.multiRegion ? 'multi-region trail' : 'trail';
        report.pass({ ...logging, region }, `Region ${region} is recorded by ${scope} ${logging.id}, which is logging.`);
        continue;
      }
      const subject = { arn: `arn:${account.partition}:cloudtrail:${region}:${account.id}:trail`, id: account.id, region };
      // A trail whose status is unknown, or a region whose trails could not be listed, may hide a
      // logging trail: those are errors, reported by the runner, not a FAIL.
      const unknownStatus = covering.find((trail) => trail.isLogging === undefined);
      if (unknownStatus) report.undeterminable(subject, unknownStatus);
      if (unknownStatus || cloudtrail.trails.regionUnreadable(region)) continue;
      report.fail(subject, `No trail that is logging records region ${region}.`);
    }
  },
});
