import { testCheck } from '../../../test/helpers/check-cases.js';
import { kafkaCluster, serverlessKafkaCluster } from '../../../test/helpers/fixtures/kafka.js';
import check from './kafka_cluster_mutual_tls_authentication_enabled.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'judges provisioned clusters by their settings and passes serverless ones',
    given: ({ kafka }) => {
      kafka.clusters.add(kafkaCluster('hardened'));
      kafka.clusters.add(kafkaCluster('weak', { region: 'us-east-1', tlsAuthentication: false }));
      kafka.clusters.add(serverlessKafkaCluster('events'));
    },
    expect: [
      { status: 'PASS', resource: 'hardened-uuid-1', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'weak-uuid-1', region: 'us-east-1', detail: 'does not authenticate clients' },
      { status: 'PASS', resource: 'events-uuid-1', detail: 'serverless' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ kafka }) => kafka.clusters.fail({ region: 'eu-west-1', operation: 'ListClustersV2', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'kafka:ListClustersV2', region: 'eu-west-1' }],
  },
]);
