import { testCheck } from '../../../test/helpers/check-cases.js';
import { fixtureArn, unreadBy } from '../../../test/helpers/fixtures/account.js';
import { firehoseStream } from '../../../test/helpers/fixtures/firehose.js';
import { kafkaCluster } from '../../../test/helpers/fixtures/kafka.js';
import check from './firehose_stream_encrypted_at_rest.js';

const cluster = kafkaCluster('source');
const unknownClusterArn = fixtureArn('kafka', 'eu-west-1', 'cluster/gone/gone-uuid-1');
const unencrypted = (type: string, mskClusterArn: string | null = null) => ({ configuration: { encryptionStatus: 'DISABLED', type, mskClusterArn } });

testCheck(check, [
  { name: 'no streams', expect: [] },
  {
    name: 'passes encrypted streams and streams reading a known MSK cluster; fails the rest',
    given: ({ firehose, kafka }) => {
      kafka.clusters.add(cluster);
      firehose.deliveryStreams.add(firehoseStream('sealed'));
      firehose.deliveryStreams.add(firehoseStream('from-msk', unencrypted('MSKAsSource', cluster.arn)));
      firehose.deliveryStreams.add(firehoseStream('from-gone-msk', unencrypted('MSKAsSource', unknownClusterArn)));
      firehose.deliveryStreams.add(firehoseStream('from-kinesis', unencrypted('KinesisStreamAsSource')));
      firehose.deliveryStreams.add(firehoseStream('direct', { ...unencrypted('DirectPut'), region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'sealed' },
      { status: 'PASS', resource: 'from-msk', detail: 'reads from MSK cluster' },
      { status: 'FAIL', resource: 'from-gone-msk' },
      { status: 'FAIL', resource: 'from-kinesis' },
      { status: 'FAIL', resource: 'direct', region: 'us-east-1', detail: 'does not encrypt' },
    ],
  },
  {
    name: 'an MSK-sourced stream is an error while the cluster region is unlisted',
    given: ({ firehose, kafka }) => {
      kafka.clusters.fail({ region: 'eu-west-1', operation: 'ListClustersV2', message: 'AccessDenied: denied' });
      firehose.deliveryStreams.add(firehoseStream('from-msk', unencrypted('MSKAsSource', unknownClusterArn)));
      firehose.deliveryStreams.add(firehoseStream('sealed'));
    },
    expect: [
      { status: 'ERROR', resource: 'from-msk', detail: 'ListClustersV2' },
      { status: 'PASS', resource: 'sealed' },
    ],
  },
  {
    name: 'a stream that could not be described is an error',
    given: ({ firehose }) => firehose.deliveryStreams.add(firehoseStream('hidden', { configuration: unreadBy('firehose', 'DescribeDeliveryStream') })),
    expect: [{ status: 'ERROR', resource: 'hidden', detail: 'DescribeDeliveryStream' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ firehose }) => firehose.deliveryStreams.fail({ region: 'eu-west-1', operation: 'ListDeliveryStreams', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'firehose:ListDeliveryStreams' }],
  },
]);
