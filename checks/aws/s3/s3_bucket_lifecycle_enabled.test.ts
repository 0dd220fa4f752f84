import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configured } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_lifecycle_enabled.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'judges each bucket',
    given: ({ s3 }) => {
      s3.bucketLifecycle.add(configured('good', 'lifecycleRules', [{ id: 'a', status: 'Disabled' }, { id: 'b', status: 'Enabled' }]));
      s3.bucketLifecycle.add(configured('bad', 'lifecycleRules', [{ id: 'a', status: 'Disabled' }], { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1', detail: 'has an enabled' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'has no enabled' },
    ],
  },
  { name: 'an unread configuration is an error', given: ({ s3 }) => s3.bucketLifecycle.add(configured('x', 'lifecycleRules', unreadBy('s3', 'GetBucketLifecycleConfiguration'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetBucketLifecycleConfiguration' }] },
  { name: 'a failed listing is an error', given: ({ s3 }) => s3.bucketLifecycle.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 's3:ListBuckets' }] },
]);
