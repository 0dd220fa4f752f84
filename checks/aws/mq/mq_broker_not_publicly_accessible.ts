import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'mq_broker_not_publicly_accessible',
  uses: { mq: ['brokerSettings'] },
  run({ mq }, report) {
    report.each(mq.brokerSettings, (broker) =>
      verdict(
        !need(broker.details).publiclyAccessible,
        `MQ broker ${broker.name} is reachable only from its VPC.`,
        `MQ broker ${broker.name} is publicly accessible.`,
      ),
    );
  },
});
