import { testCheck } from '../../../test/helpers/check-cases.js';
import { mqBroker } from '../../../test/helpers/fixtures/mq.js';
import check from './mq_broker_cluster_deployment_mode.js';

testCheck(check, [
  { name: 'no brokers', expect: [] },
  {
    name: 'judges RabbitMQ brokers by their deployment mode and skips ActiveMQ ones',
    given: ({ mq }) => {
      mq.brokers.add(mqBroker('cluster', { engineType: 'RABBITMQ', deploymentMode: 'CLUSTER_MULTI_AZ' }));
      mq.brokers.add(mqBroker('single', { engineType: 'RABBITMQ', region: 'us-east-1' }));
      mq.brokers.add(mqBroker('active', { deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ' }));
    },
    expect: [
      { status: 'PASS', resource: 'b-cluster', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'b-single', region: 'us-east-1', detail: 'SINGLE_INSTANCE' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ mq }) => mq.brokers.fail({ region: 'us-east-1', operation: 'ListBrokers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'mq:ListBrokers', region: 'us-east-1' }],
  },
]);
