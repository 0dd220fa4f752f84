import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './cloudtrail_logs_s3_bucket_access_logging_enabled.js';

const LOGGING = { targetBucket: 'access-logs', targetPrefix: 'trail/' };

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a trail whose bucket keeps access logs passes',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('audit', { region: 'us-east-1', multiRegion: true }));
      s3.buckets.add(bucket('trail-logs', { logging: LOGGING }));
    },
    expect: [{ status: 'PASS', resource: 'audit', region: 'us-east-1', detail: 'multi-region' }],
  },
  {
    name: 'a trail whose bucket keeps no access logs fails, logging or not',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('stopped', { isLogging: false }));
      s3.buckets.add(bucket('trail-logs'));
    },
    expect: [{ status: 'FAIL', resource: 'stopped', detail: 'does not have server access logging' }],
  },
  {
    name: 'a bucket outside the scan is for a manual review',
    given: ({ cloudtrail }) => cloudtrail.trails.add(trail('audit', { s3BucketName: 'central-logs' })),
    expect: [{ status: 'MANUAL', resource: 'audit', detail: 'central-logs' }],
  },
  {
    name: 'an unread logging setting is an error',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('audit'));
      s3.buckets.add(bucket('trail-logs', { logging: unreadBy('s3', 'GetBucketLogging') }));
    },
    expect: [{ status: 'ERROR', resource: 'audit', detail: 'GetBucketLogging' }],
  },
  {
    name: 'when buckets could not be listed, an unlisted bucket is an error',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('audit'));
      s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'audit', detail: 'ListBuckets' }],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => cloudtrail.trails.fail({ region: 'us-east-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'us-east-1' }],
  },
]);
