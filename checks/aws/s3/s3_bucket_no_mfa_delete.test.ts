import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { configured } from '../../../test/helpers/fixtures/s3.js';
import check from './s3_bucket_no_mfa_delete.js';

testCheck(check, [
  { name: 'no buckets', expect: [] },
  {
    name: 'judges each bucket',
    given: ({ s3 }) => {
      s3.bucketVersioning.add(configured('good', 'versioning', { enabled: true, mfaDelete: true }));
      s3.bucketVersioning.add(configured('bad', 'versioning', { enabled: true, mfaDelete: false }, { region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1', detail: 'MFA Delete enabled' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'MFA Delete disabled' },
    ],
  },
  { name: 'an unread configuration is an error', given: ({ s3 }) => s3.bucketVersioning.add(configured('x', 'versioning', unreadBy('s3', 'GetBucketVersioning'))), expect: [{ status: 'ERROR', resource: 'x', detail: 'GetBucketVersioning' }] },
  { name: 'a failed listing is an error', given: ({ s3 }) => s3.bucketVersioning.fail({ region: 'us-east-1', operation: 'ListBuckets', message: 'AccessDenied: denied' }), expect: [{ status: 'ERROR', resource: 's3:ListBuckets' }] },
]);
