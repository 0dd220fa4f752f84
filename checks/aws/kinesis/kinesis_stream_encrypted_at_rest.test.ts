import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { kinesisStream } from '../../../test/helpers/fixtures/kinesis.js';
import check from './kinesis_stream_encrypted_at_rest.js';

testCheck(check, [
  { name: 'no streams', expect: [] },
  {
    name: 'passes KMS-encrypted streams and fails the others',
    given: ({ kinesis }) => {
      kinesis.streams.add(kinesisStream('sealed'));
      kinesis.streams.add(kinesisStream('open', { region: 'us-east-1', settings: { encryptionType: 'NONE', retentionHours: 24 } }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'open', region: 'us-east-1', detail: 'does not encrypt' },
    ],
  },
  {
    name: 'a stream that could not be described is an error',
    given: ({ kinesis }) => kinesis.streams.add(kinesisStream('hidden', { settings: unreadBy('kinesis', 'DescribeStreamSummary') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeStreamSummary' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ kinesis }) => kinesis.streams.fail({ region: 'eu-west-1', operation: 'ListStreams', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'kinesis:ListStreams' }],
  },
]);
