import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'mq_broker_cluster_deployment_mode',
  uses: { mq: ['brokers'] },
  run({ mq }, report) {
    report.each(mq.brokers, (broker) => {
      if (broker.engineType !== 'RABBITMQ') return notApplicable('not a RabbitMQ broker');
      return verdict(
        broker.deploymentMode === 'CLUSTER_MULTI_AZ',
        `RabbitMQ broker ${broker.name} runs as a cluster across Availability Zones.`,
        `RabbitMQ broker ${broker.name} runs in ${broker.deploymentMode} mode, not as a multi-AZ cluster.`,
      );
    });
  },
});
