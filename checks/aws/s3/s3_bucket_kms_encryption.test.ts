import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configured } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_kms_encryption.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'judges each bucket',
    given: ({ s3 }) => {
      s3.bucketEncryption.add(configured('good', 'encryption', 'aws:kms:dsse'));
      s3.bucketEncryption.add(configured('bad', 'encryption', 'AES256', { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1', detail: 'aws:kms:dsse' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'not encrypt new objects by default with KMS' },
    ],
  },
  { name: 'an unread configuration is an error', given: ({ s3 }) => s3.bucketEncryption.add(configured('x', 'encryption', unreadBy('s3', 'GetBucketEncryption'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetBucketEncryption' }] },
  { name: 'a failed listing is an error', given: ({ s3 }) => s3.bucketEncryption.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 's3:ListBuckets' }] },
]);
