import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configured } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_event_notifications_enabled.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'judges each bucket',
    given: ({ s3 }) => {
      s3.bucketNotifications.add(configured('good', 'notifies', true));
      s3.bucketNotifications.add(configured('bad', 'notifies', false, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1', detail: 'has event notifications' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'does not have event' },
    ],
  },
  { name: 'an unread configuration is an error', given: ({ s3 }) => s3.bucketNotifications.add(configured('x', 'notifies', unreadBy('s3', 'GetBucketNotificationConfiguration'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetBucketNotificationConfiguration' }] },
  { name: 'a failed listing is an error', given: ({ s3 }) => s3.bucketNotifications.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 's3:ListBuckets' }] },
]);
