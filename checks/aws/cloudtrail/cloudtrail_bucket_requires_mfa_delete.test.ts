import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './cloudtrail_bucket_requires_mfa_delete.js';

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a logging trail whose bucket requires MFA delete passes',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('audit', { region: 'us-east-1' }));
      s3.buckets.add(bucket('trail-logs', { mfaDelete: true }));
    },
    expect: [{ status: 'PASS', resource: 'audit', region: 'us-east-1' }],
  },
  {
    name: 'a logging trail whose bucket does not require MFA delete fails',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('audit'));
      s3.buckets.add(bucket('trail-logs'));
    },
    expect: [{ status: 'FAIL', resource: 'audit', detail: 'does not require MFA' }],
  },
  {
    name: 'a bucket outside the scan is for a manual review',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('audit', { s3BucketName: 'central-logs' }));
      s3.buckets.add(bucket('trail-logs', { mfaDelete: true }));
    },
    expect: [{ status: 'MANUAL', resource: 'audit', detail: 'central-logs' }],
  },
  {
    name: 'trails that are not logging are not judged',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('stopped', { isLogging: false })),
    expect: [],
  },
  {
    name: 'an unknown logging status or MFA delete setting is an error',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('unknown', { isLogging: unreadBy('cloudtrail', 'GetTrailStatus') }));
      cloudtrail.trails.add(trail('audit'));
      s3.buckets.add(bucket('trail-logs', { mfaDelete: unreadBy('s3', 'GetBucketVersioning') }));
    },
    expect: [
      { status: 'ERROR', resource: 'unknown', detail: 'GetTrailStatus' },
      { status: 'ERROR', resource: 'audit', detail: 'GetBucketVersioning' },
    ],
  },
  {
    name: 'when buckets could not be listed, an unlisted bucket is an error, not a manual review',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('audit'));
      s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'audit', detail: 'ListBuckets' }],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' }],
  },
]);
