import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { kinesisStream } from '../../../test/helpers/fixtures/kinesis.js';
import check from './kinesis_stream_data_retention_period.js';

const keeping = (retentionHours: number) => ({ settings: { encryptionType: 'KMS', retentionHours } });

testCheck(check, [
  { name: 'no streams', expect: [] },
  {
    name: 'passes streams that keep records at least 168 hours, fails shorter ones',
    given: ({ kinesis }) => {
      kinesis.streams.add(kinesisStream('week', keeping(168)));
      kinesis.streams.add(kinesisStream('day', { ...keeping(24), region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'week', region: 'eu-west-1', detail: '168 hours' },
      { status: 'FAIL', resource: 'day', region: 'us-east-1', detail: 'only 24 hours' },
    ],
  },
  {
    name: 'the threshold comes from min_kinesis_stream_retention_hours',
    config: { min_kinesis_stream_retention_hours: 24 },
    given: ({ kinesis }) => kinesis.streams.add(kinesisStream('day', keeping(24))),
    expect: [{ status: 'PASS', resource: 'day' }],
  },
  {
    name: 'a stream that could not be described is an error',
    given: ({ kinesis }) => kinesis.streams.add(kinesisStream('hidden', { settings: unreadBy('kinesis', 'DescribeStreamSummary') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeStreamSummary' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ kinesis }) => kinesis.streams.fail({ region: 'eu-west-1', operation: 'ListStreams', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'kinesis:ListStreams', region: 'eu-west-1' }],
  },
]);
