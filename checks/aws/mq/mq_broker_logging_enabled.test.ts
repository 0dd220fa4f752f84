import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { mqBrokerSettings } from '../../../test/helpers/fixtures/mq.js';
import check from './mq_broker_logging_enabled.js';

const logs = (generalLogging: boolean, auditLogging: boolean) => ({ details: { autoMinorVersionUpgrade: true, publiclyAccessible: false, generalLogging, auditLogging } });

testCheck(check, [
  { name: 'no brokers', expect: [] },
  {
    name: 'ActiveMQ brokers need general and audit logs, RabbitMQ brokers general logs',
    given: ({ mq }) => {
      mq.brokerSettings.add(mqBrokerSettings('active-both', logs(true, true)));
      mq.brokerSettings.add(mqBrokerSettings('active-general', logs(true, false)));
      mq.brokerSettings.add(mqBrokerSettings('rabbit-general', { engineType: 'RABBITMQ', ...logs(true, false) }));
      mq.brokerSettings.add(mqBrokerSettings('rabbit-none', { engineType: 'RABBITMQ', region: 'us-east-1', ...logs(false, true) }));
    },
    expect: [
      { status: 'PASS', resource: 'b-active-both' },
      { status: 'FAIL', resource: 'b-active-general', detail: 'does not publish' },
      { status: 'PASS', resource: 'b-rabbit-general' },
      { status: 'FAIL', resource: 'b-rabbit-none', region: 'us-east-1' },
    ],
  },
  {
    name: 'a broker that could not be described is an error',
    given: ({ mq }) => mq.brokerSettings.add(mqBrokerSettings('hidden', { details: unreadBy('mq', 'DescribeBroker') })),
    expect: [{ status: 'ERROR', resource: 'b-hidden', detail: 'DescribeBroker' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ mq }) => mq.brokerSettings.fail({ region: 'eu-west-1', operation: 'ListBrokers', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'mq:ListBrokers' }],
  },
]);
