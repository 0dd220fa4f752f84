import type { Trail } from '../../../src/services/cloudtrail/cloudtrail.js';
import type { AclGrant, S3Bucket } from '../../../src/services/s3/s3.js';
import { testCheck } from '../../../test/helpers/check-cases.js';
import check from './cloudtrail_logs_s3_bucket_is_not_publicly_accessible.js';

function trail(name: string, homeRegion: string, fields: Partial<Trail> = {}): Trail {
  return {
    arn: `arn:aws:cloudtrail:${homeRegion}:111122223333:trail/${name}`,
    id: name,
    name,
    region: homeRegion,
    tags: {},
    multiRegion: false,
    logFileValidationEnabled: true,
    s3BucketName: 'trail-logs',
    kmsKeyId: null,
    isLogging: true,
    eventSelectors: { classic: [], advanced: [] },
    ...fields,
  };
}

const OWNER: AclGrant = { granteeType: 'CanonicalUser', canonicalId: 'abc123', permission: 'FULL_CONTROL' };

function bucket(name: string, aclGrants: AclGrant[] | undefined): S3Bucket {
  return { arn: `arn:aws:s3:::${name}`, id: name, name, region: 'us-east-1', tags: {}, aclGrants, policy: null, publicAccessBlock: null };
}

function groupGrant(group: string, permission = 'READ'): AclGrant {
  return { granteeType: 'Group', uri: `http://acs.amazonaws.com/groups/global/${group}`, permission };
}

testCheck(check, [
  { name: 'no trails', expect: [] },
  {
    name: 'a private log bucket passes, reported on the trail in its home region',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('org', 'eu-west-1', { multiRegion: true }));
      s3.buckets.add(bucket('trail-logs', [OWNER]));
    },
    expect: [{ status: 'PASS', resource: 'org', region: 'eu-west-1', detail: 'Bucket trail-logs of multi-region trail org grants nothing' }],
  },
  {
    name: 'a log bucket granting AllUsers fails, whatever the permission',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', 'us-east-1'));
      s3.buckets.add(bucket('trail-logs', [OWNER, groupGrant('AllUsers', 'READ_ACP')]));
    },
    expect: [{ status: 'FAIL', resource: 'local', region: 'us-east-1', detail: 'single-region trail local grants access to AllUsers' }],
  },
  {
    name: 'a grant to AuthenticatedUsers only is not what this check looks for',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', 'us-east-1'));
      s3.buckets.add(bucket('trail-logs', [groupGrant('AuthenticatedUsers')]));
    },
    expect: [{ status: 'PASS', resource: 'local' }],
  },
  {
    name: 'a bucket not among the scanned ones is left for manual review',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('org', 'us-east-1', { multiRegion: true, s3BucketName: 'central-audit-logs' }));
      s3.buckets.add(bucket('trail-logs', [OWNER]));
    },
    expect: [{ status: 'MANUAL', resource: 'org', region: 'us-east-1', detail: 'central-audit-logs' }],
  },
  {
    name: 'an unreadable bucket ACL is an error, not a verdict',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', 'us-east-1'));
      const logs = bucket('trail-logs', undefined);
      s3.buckets.add(logs);
      s3.buckets.fail({ region: 'us-east-1', operation: 'GetBucketAcl', message: 'AccessDenied: denied', resourceArn: logs.arn });
    },
    expect: [{ status: 'ERROR', resource: 'local', detail: 'GetBucketAcl failed for trail-logs' }],
  },
  {
    name: 'when buckets could not be listed a missing bucket is an error, not a manual review',
    given: ({ cloudtrail, s3 }) => {
      cloudtrail.trails.add(trail('local', 'us-east-1'));
      s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 's3:ListBuckets', region: 'us-east-1' }],
  },
  {
    name: 'a region whose trails could not be listed is an error there',
    given: ({ cloudtrail }) => cloudtrail.trails.fail({ region: 'eu-west-1', operation: 'DescribeTrails', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudtrail:DescribeTrails', region: 'eu-west-1' }],
  },
]);
