import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configured } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_object_lock.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'judges each bucket',
    given: ({ s3 }) => {
      s3.bucketObjectLock.add(configured('good', 'objectLock', true));
      s3.bucketObjectLock.add(configured('bad', 'objectLock', false, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1', detail: 'Object Lock enabled' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'Object Lock disabled' },
    ],
  },
  { name: 'an unread configuration is an error', given: ({ s3 }) => s3.bucketObjectLock.add(configured('x', 'objectLock', unreadBy('s3', 'GetObjectLockConfiguration'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetObjectLockConfiguration' }] },
  { name: 'a failed listing is an error', given: ({ s3 }) => s3.bucketObjectLock.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 's3:ListBuckets' }] },
]);
