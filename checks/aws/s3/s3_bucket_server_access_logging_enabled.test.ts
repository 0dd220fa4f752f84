import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { bucket } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_server_access_logging_enabled.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'a logging bucket passes and names its target',
    given: ({ s3 }) => s3.buckets.add(bucket('app', { logging: { targetBucket: 'access-logs', targetPrefix: 'app/' } })),
    expect: [{ status: 'PASS', resource: 'app', detail: 'to bucket access-logs' }],
  },
  {
    name: 'a bucket without access logging fails',
    given: ({ s3 }) => s3.buckets.add(bucket('quiet')),
    expect: [{ status: 'FAIL', resource: 'quiet', region: 'eu-west-1', detail: 'does not log server access' }],
  },
  {
    name: 'unreadable logging is an error, not a verdict',
    given: ({ s3 }) => {
      const b = bucket('secret', { logging: unreadBy('s3', 'GetBucketLogging', 'eu-west-1') });
      s3.buckets.add(b);
    },
    expect: [{ status: 'ERROR', resource: 'secret', detail: 'GetBucketLogging' }],
  },
]);
