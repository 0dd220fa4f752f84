import { defineCheck } from '../../../src/checks/check.js';
import type { Trail } from '../../../src/services/cloudtrail/cloudtrail.js';

const S3_OBJECT = 'AWS::S3::Object';

/** Whether the trail's classic selectors record reads of objects in every bucket. */
function classicSelectorsRecordAllObjectReads(trail: Trail, partition: string): boolean {
  // Each of these values means "every bucket, current and future".
  const everyBucket = [`arn:${partition}:s3`, `arn:${partition}:s3:::`, `arn:${partition}:s3:::*/*`];
  return (trail.eventSelectors?.classic ?? []).some(
    (selector) =>
      (selector.readWriteType === 'ReadOnly' || selector.readWriteType === 'All') &&
      selector.dataResources.some(
        (resource) => resource.type === S3_OBJECT && resource.values.some((value) => everyBucket.includes(value)),
      ),
  );
}

/**
 * Whether an advanced selector is about S3 objects. As in Prowler, its other conditions (readOnly,
 * bucket ARNs) are not examined.
 */
function advancedSelectorsRecordObjectEvents(trail: Trail): boolean {
  return (trail.eventSelectors?.advanced ?? []).some((selector) =>
    selector.fieldSelectors.some((condition) => condition.field === 'resources.type' && condition.equals[0] === S3_OBJECT),
  );
}

export default defineCheck({
  id: 'cloudtrail_s3_dataevents_read_enabled',
  service: 'cloudtrail',
  title: 'A CloudTrail trail records object-level read events for every S3 bucket',
  severity: 'low',
  resourceType: 'AwsCloudTrailTrail',
  categories: ['logging', 'forensics-ready'],
  checkType: [
    'Software and Configuration Checks/AWS Security Best Practices',
    'Software and Configuration Checks/Industry and Regulatory Standards/AWS Foundational Security Best Practices',
  ],
  description:
    'Looks for trails whose event selectors log S3 data events on objects (GetObject and other reads) in all buckets, whether through a classic selector for read or all events on every bucket, or through an advanced selector on the AWS::S3::Object resource type. When no trail does and the account has buckets, the account fails.',
  risk:
    'Management events do not show who read which object. Without object-level read events, data taken out of a bucket with GetObject leaves no trace, so an exfiltration cannot be detected, scoped or attributed.',
  relatedUrl: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html',
  remediation: {
    text: 'Add a data event selector for S3 objects in all current and future buckets, recording read (or all) events, to a multi-region trail.',
    url: 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
    cli: 'aws cloudtrail put-event-selectors --trail-name <trail-name> --event-selectors \'[{"ReadWriteType":"ReadOnly","DataResources":[{"Type":"AWS::S3::Object","Values":["arn:aws:s3"]}]}]\'',
    terraform: 'resource "aws_cloudtrail" "example" {\n  name           = "example"\n  s3_bucket_name = "example-bucket"\n  event_selector {\n    read_write_type = "ReadOnly"\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}',
    nativeIaC: 'Type: AWS::CloudTrail::Trail\nProperties:\n  S3BucketName: example-bucket\n  EventSelectors:\n    - ReadWriteType: ReadOnly\n      DataResources:\n        - Type: AWS::S3::Object\n          Values:\n            - arn:aws:s3',
  },
  uses: ['cloudtrail', 's3'],
  run({ cloudtrail, s3, account, options }, report) {
    let recorded = false;
    let unknown = account.regions.some((region) => cloudtrail.trails.regionUnreadable(region));
    for (const trail of report.from(cloudtrail.trails)) {
      if (trail.eventSelectors === undefined) {
        unknown = true;
      } else if (classicSelectorsRecordAllObjectReads(trail, account.partition)) {
        recorded = true;
        report.pass(trail, `Trail ${trail.id} (home region ${trail.region}) has a classic event selector recording S3 object reads in all buckets.`);
      } else if (advancedSelectorsRecordObjectEvents(trail)) {
        recorded = true;
        report.pass(trail, `Trail ${trail.id} (home region ${trail.region}) has an advanced event selector recording S3 object events.`);
      }
    }
    // A trail or region that could not be read may hold the selector: its error is reported instead.
    if (recorded || unknown) return;
    if (!options.scanUnusedServices && s3.buckets.size === 0) {
      // Without buckets the missing selector only matters when unused services are scanned; if the
      // buckets could not be listed, reading the map here reports that as an error.
      report.from(s3.buckets);
      return;
    }
    const region = account.regions.includes(account.globalRegion) ? account.globalRegion : (account.regions[0] ?? account.globalRegion);
    report.fail(
      { arn: `arn:${account.partition}:cloudtrail:${region}:${account.id}:trail`, id: account.id, region },
      'No trail records S3 object-level read events for all buckets.',
    );
  },
});
