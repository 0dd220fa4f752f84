import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { trail } from '../../../test/helpers/fixtures/cloudtrail.js';
import { bucket, groupGrant, ownerGrant } from '../../../test/helpers/fixtures/s3.js';
import check from './cloudtrail_logs_s3_bucket_is_not_publicly_accessible.js';

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a private log bucket passes, reported on the trail in its home region',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('org', { region: 'eu-west-1', multiRegion: true }));
      s3.buckets.add(bucket('trail-logs', { region: 'us-east-1', aclGrants: [ownerGrant()] }));
    },
    expect: [{ status: 'PASS', resource: 'org', region: 'eu-west-1', detail: 'Bucket trail-logs of multi-region trail org grants nothing' }],
  },
  {
    name: 'a log bucket granting AllUsers fails, whatever the permission',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', { region: 'us-east-1' }));
      s3.buckets.add(bucket('trail-logs', { region: 'us-east-1', aclGrants: [ownerGrant(), groupGrant('AllUsers', 'READ_ACP')] }));
    },
    expect: [{ status: 'FAIL', resource: 'local', region: 'us-east-1', detail: 'single-region trail local grants access to AllUsers' }],
  },
  {
    name: 'a grant to AuthenticatedUsers only is not what this check looks for',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', { region: 'us-east-1' }));
      s3.buckets.add(bucket('trail-logs', { region: 'us-east-1', aclGrants: [groupGrant('AuthenticatedUsers')] }));
    },
    expect: [{ status: 'PASS', resource: 'local' }],
  },
  {
    name: 'a bucket not among the scanned ones is left for manual review',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('org', { region: 'us-east-1', multiRegion: true, s3BucketName: 'central-audit-logs' }));
      s3.buckets.add(bucket('trail-logs', { region: 'us-east-1', aclGrants: [ownerGrant()] }));
    },
    expect: [{ status: 'MANUAL', resource: 'org', region: 'us-east-1', detail: 'central-audit-logs' }],
  },
  {
    name: 'an unreadable bucket ACL is an error, not a verdict',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', { region: 'us-east-1' }));
      const logs = bucket('trail-logs', { region: 'us-east-1', aclGrants: unreadBy('s3', 'GetBucketAcl', 'us-east-1') });
      s3.buckets.add(logs);
    },
    expect: [{ status: 'ERROR', resource: 'local', detail: 'GetBucketAcl failed for trail-logs' }],
  },
  {
    name: 'when buckets could not be listed a missing bucket is an error, not a manual review',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', { region: 'us-east-1' }));
      s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'local', region: 'us-east-1', detail: 'ListBuckets failed' }],
  },
  {
    name: 'a log bucket that was found is judged though another bucket could not be placed',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', { region: 'us-east-1' }));
      s3.buckets.add(bucket('trail-logs', { region: 'us-east-1', aclGrants: [groupGrant('AllUsers')] }));
      s3.buckets.fail({ region: 'us-east-1', operation: 'GetBucketLocation', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'FAIL', resource: 'local' }],
  },
  {
    name: 'a log bucket missing from an incomplete listing is an error, not a manual review',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('org', { region: 'us-east-1', s3BucketName: 'central-audit-logs' }));
      s3.buckets.add(bucket('trail-logs', { region: 'us-east-1', aclGrants: [ownerGrant()] }));
      s3.buckets.fail({ region: 'us-east-1', operation: 'GetBucketLocation', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'org', detail: 'GetBucketLocation failed' }],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' }],
  },
]);
