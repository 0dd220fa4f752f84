import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import type { MqBrokerDetails } from '../../../src/services/mq/mq.js';

/** ActiveMQ brokers have general and audit logs; RabbitMQ brokers only general logs. */
function logsEverything(engineType: string, details: MqBrokerDetails): boolean {
  if (engineType === 'ACTIVEMQ') return details.generalLogging && details.auditLogging;
  if (engineType === 'RABBITMQ') return details.generalLogging;
  return false;
}

export default defineCheck({
  id: 'mq_broker_logging_enabled',
  uses: { mq: ['brokerSettings'] },
  run({ mq }, report) {
    report.each(mq.brokerSettings, (broker) =>
      verdict(
        logsEverything(broker.engineType, need(broker.details)),
        `MQ broker ${broker.name} publishes every log its engine offers to CloudWatch Logs.`,
        `MQ broker ${broker.name} does not publish all of its logs to CloudWatch Logs.`,
      ),
    );
  },
});
