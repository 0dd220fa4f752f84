import { testCheck } from '../../../test/helpers/check-cases.js';
import { kafkaCluster, serverlessKafkaCluster } from '../../../test/helpers/fixtures/kafka.js';
import check from './kafka_cluster_in_transit_encryption_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'passes TLS-only clusters that encrypt between brokers, and serverless ones',
    given: ({ kafka }) => {
      kafka.clusters.add(kafkaCluster('hardened'));
      kafka.clusters.add(kafkaCluster('mixed', { clientBrokerEncryption: 'TLS_PLAINTEXT' }));
      kafka.clusters.add(kafkaCluster('inner-plain', { inClusterEncryption: false }));
      kafka.clusters.add(serverlessKafkaCluster('events', 'us-east-1'));
    },
    expect: [
      { status: 'PASS', resource: 'hardened-uuid-1' },
      { status: 'FAIL', resource: 'mixed-uuid-1', detail: 'clients: TLS_PLAINTEXT' },
      { status: 'FAIL', resource: 'inner-plain-uuid-1', detail: 'between brokers: plaintext' },
      { status: 'PASS', resource: 'events-uuid-1', region: 'us-east-1', detail: 'serverless' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ kafka }) => kafka.clusters.fail({ region: 'us-east-1', operation: 'ListClustersV2', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'kafka:ListClustersV2', region: 'us-east-1' }],
  },
]);
