import { testCheck } from '../../../test/helpers/check-cases.js';
import { kafkaConnector } from '../../../test/helpers/fixtures/kafka.js';
import check from './kafka_connector_in_transit_encryption_enabled.js';

testCheck(check, [
  { name: 'no connectors', expect: [] },
  {
    name: 'passes connectors that use TLS and fails plaintext ones',
    given: ({ kafka }) => {
      kafka.connectors.add(kafkaConnector('orders-sink'));
      kafka.connectors.add(kafkaConnector('audit-sink', { region: 'us-east-1', encryptionInTransit: 'PLAINTEXT' }));
    },
    expect: [
      { status: 'PASS', resource: 'orders-sink' },
      { status: 'FAIL', resource: 'audit-sink', region: 'us-east-1', detail: 'without encryption (PLAINTEXT)' },
    ],
  },
  {
    name: 'a failed listing is an error',
    given: ({ kafka }) => kafka.connectors.fail({ region: 'us-east-1', operation: 'ListConnectors', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'kafka:ListConnectors', region: 'us-east-1' }],
  },
]);
