import { testCheck } from '../../../test/helpers/check-cases.js';
import { mqBroker } from '../../../test/helpers/fixtures/mq.js';
import check from './mq_broker_active_deployment_mode.js';

testCheck(check, [
  { name: 'no brokers', expect: [] },
  {
    name: 'judges ActiveMQ brokers by their deployment mode and skips RabbitMQ ones',
    given: ({ mq }) => {
      mq.brokers.add(mqBroker('pair', { deploymentMode: 'ACTIVE_STANDBY_MULTI_AZ' }));
      mq.brokers.add(mqBroker('single', { region: 'us-east-1' }));
      mq.brokers.add(mqBroker('rabbit', { engineType: 'RABBITMQ' }));
    },
    expect: [
      { status: 'PASS', resource: 'b-pair', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'b-single', region: 'us-east-1', detail: 'SINGLE_INSTANCE' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ mq }) => mq.brokers.fail({ region: 'eu-west-1', operation: 'ListBrokers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'mq:ListBrokers' }],
  },
]);
