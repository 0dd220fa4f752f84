import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_object_versioning.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'a versioned bucket passes',
    given: ({ s3 }) => s3.buckets.add(bucket('versioned', { versioning: true })),
    expect: [{ status: 'PASS', resource: 'versioned', region: 'eu-west-1', detail: 'has versioning enabled' }],
  },
  {
    name: 'an unversioned or suspended bucket fails',
    given: ({ s3 }) => s3.buckets.add(bucket('plain', { versioning: false, region: 'us-east-1' })),
    expect: [{ status: 'FAIL', resource: 'plain', region: 'us-east-1', detail: 'does not have versioning enabled' }],
  },
  {
    name: 'unreadable versioning is an error, not a verdict',
    given: ({ s3 }) => {
      const b = bucket('secret', { versioning: unreadBy('s3', 'GetBucketVersioning', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'ERROR', resource: 'secret', detail: 'GetBucketVersioning' }],
  },
  {
    name: 'a failure on another attribute does not hide the verdict',
    given: ({ s3 }) => {
      const b = bucket('partly-read', { versioning: false });
      s3.buckets.add(b);
      s3.buckets.fail({ region: 'eu-west-1', operation: 'GetBucketLogging', message: 'AccessDenied: denied', resourceArn: b.arn });
    },
    expect: [{ status: 'FAIL', resource: 'partly-read' }],
  },
]);
