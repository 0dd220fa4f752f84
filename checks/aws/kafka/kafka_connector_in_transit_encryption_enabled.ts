import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kafka_connector_in_transit_encryption_enabled',
  uses: { kafka: ['connectors'] },
  run({ kafka }, report) {
    report.each(kafka.connectors, (connector) =>
      verdict(
        connector.encryptionInTransit === 'TLS',
        `MSK Connect connector ${connector.name} reaches its Kafka cluster over TLS.`,
        `MSK Connect connector ${connector.name} reaches its Kafka cluster without encryption (${connector.encryptionInTransit}).`,
      ),
    );
  },
});
