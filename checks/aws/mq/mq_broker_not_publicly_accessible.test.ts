import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { mqBrokerSettings } from '../../../test/helpers/fixtures/mq.js';
import check from './mq_broker_not_publicly_accessible.js';

const hardened = { autoMinorVersionUpgrade: true, publiclyAccessible: false, generalLogging: true, auditLogging: true };

testCheck(check, [
  { name: 'no brokers', expect: [] },
  {
    name: 'judges each broker by its settings',
    given: ({ mq }) => {
      mq.brokerSettings.add(mqBrokerSettings('good'));
      mq.brokerSettings.add(mqBrokerSettings('bad', { region: 'us-east-1', details: { ...hardened, publiclyAccessible: true } }));
    },
    expect: [
      { status: 'PASS', resource: 'b-good', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'b-bad', region: 'us-east-1', detail: 'is publicly accessible' },
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
