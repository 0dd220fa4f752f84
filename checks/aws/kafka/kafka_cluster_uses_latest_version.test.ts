import { testCheck } from '../../../test/helpers/check-cases.js';
import { kafkaCluster, kafkaVersions, serverlessKafkaCluster } from '../../../test/helpers/fixtures/kafka.js';
import check from './kafka_cluster_uses_latest_version.js';

testCheck(check, [
  { name: 'no clusters', expect: [] },
  {
    name: 'passes clusters on the last version MSK lists in their region, and serverless ones',
    given: ({ kafka }) => {
      for (const version of kafkaVersions('eu-west-1', '2.8.1', '3.6.0')) kafka.versions.add(version);
      for (const version of kafkaVersions('us-east-1', '2.8.1', '3.6.0', '3.7.x')) kafka.versions.add(version);
      kafka.clusters.add(kafkaCluster('current'));
      kafka.clusters.add(kafkaCluster('old', { kafkaVersion: '2.8.1' }));
      kafka.clusters.add(kafkaCluster('behind', { region: 'us-east-1' }));
      kafka.clusters.add(serverlessKafkaCluster('events'));
    },
    expect: [
      { status: 'PASS', resource: 'current-uuid-1' },
      { status: 'FAIL', resource: 'old-uuid-1', detail: 'not the newest version 3.6.0' },
      { status: 'FAIL', resource: 'behind-uuid-1', region: 'us-east-1', detail: '3.7.x' },
      { status: 'PASS', resource: 'events-uuid-1', detail: 'serverless' },
    ],
  },
  {
    name: 'a region whose versions could not be listed is an error for its provisioned clusters',
    given: ({ kafka }) => {
      kafka.versions.fail({ region: 'eu-west-1', operation: 'ListKafkaVersions', message: 'AccessDenied: denied' });
      kafka.clusters.add(kafkaCluster('current'));
      kafka.clusters.add(serverlessKafkaCluster('events'));
    },
    expect: [
      { status: 'ERROR', resource: 'current-uuid-1', detail: 'ListKafkaVersions' },
      { status: 'PASS', resource: 'events-uuid-1' },
    ],
  },
  {
    name: 'a failed cluster listing is an error',
    given: ({ kafka }) => kafka.clusters.fail({ region: 'eu-west-1', operation: 'ListClustersV2', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'kafka:ListClustersV2' }],
  },
]);
