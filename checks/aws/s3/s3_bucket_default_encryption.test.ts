import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_default_encryption.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'a bucket with default encryption passes and names the algorithm',
    given: ({ s3 }) => s3.buckets.add(bucket('kms-bucket', { encryption: 'aws:kms' })),
    expect: [{ status: 'PASS', resource: 'kms-bucket', region: 'eu-west-1', detail: 'aws:kms' }],
  },
  {
    name: 'a bucket without default encryption fails',
    given: ({ s3 }) => s3.buckets.add(bucket('plain', { encryption: null })),
    expect: [{ status: 'FAIL', resource: 'plain', detail: 'no default server-side encryption' }],
  },
  {
    name: 'unreadable encryption is an error, not a verdict',
    given: ({ s3 }) => {
      const b = bucket('secret', { encryption: unreadBy('s3', 'GetBucketEncryption', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'ERROR', resource: 'secret', detail: 'GetBucketEncryption' }],
  },
  {
    name: 'a failed bucket listing is an error',
    given: ({ s3 }) => s3.buckets.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 's3:ListBuckets', region: 'us-east-1' }],
  },
]);
