import { testCheck } from '../../../test/helpers/check-cases.js';
import { fixtureArn } from '../../../test/helpers/fixtures/account.js';
import { kafkaCluster, serverlessKafkaCluster } from '../../../test/helpers/fixtures/kafka.js';
import { key as kmsKey } from '../../../test/helpers/fixtures/kms.js';
import check from './kafka_cluster_encryption_at_rest_uses_cmk.js';

const customerKey = kmsKey('cmk-1');
const awsKey = kmsKey('aws-1', { manager: 'AWS' });
const missingKeyArn = fixtureArn('kms', 'eu-west-1', 'key/deleted');

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'passes clusters on a customer managed key and serverless ones; fails the rest',
    given: ({ kafka, kms }) => {
      kms.keys.add(customerKey);
      kms.keys.add(awsKey);
      kafka.clusters.add(kafkaCluster('cmk', { dataVolumeKmsKeyId: customerKey.arn }));
      kafka.clusters.add(kafkaCluster('aws-managed', { dataVolumeKmsKeyId: awsKey.arn }));
      kafka.clusters.add(kafkaCluster('default-key'));
      kafka.clusters.add(kafkaCluster('unknown-key', { dataVolumeKmsKeyId: missingKeyArn }));
      kafka.clusters.add(serverlessKafkaCluster('events'));
    },
    expect: [
      { status: 'PASS', resource: 'cmk-uuid-1', detail: customerKey.arn },
      { status: 'FAIL', resource: 'aws-managed-uuid-1' },
      { status: 'FAIL', resource: 'default-key-uuid-1' },
      { status: 'FAIL', resource: 'unknown-key-uuid-1' },
      { status: 'PASS', resource: 'events-uuid-1', detail: 'serverless' },
    ],
  },
  {
    name: "a key not found is an error while the cluster region's keys are unlisted",
    given: ({ kafka, kms }) => {
      kms.keys.fail({ region: 'eu-west-1', operation: 'ListKeys', message: 'AccessDenied: denied' });
      kafka.clusters.add(kafkaCluster('unknown-key', { dataVolumeKmsKeyId: missingKeyArn }));
      kafka.clusters.add(kafkaCluster('default-key'));
    },
    expect: [
      { status: 'ERROR', resource: 'unknown-key-uuid-1', detail: 'ListKeys' },
      { status: 'FAIL', resource: 'default-key-uuid-1' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ kafka }) => kafka.clusters.fail({ region: 'eu-west-1', operation: 'ListClustersV2', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'kafka:ListClustersV2' }],
  },
]);
