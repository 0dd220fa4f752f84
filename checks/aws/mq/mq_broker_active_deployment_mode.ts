import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'mq_broker_active_deployment_mode',
  uses: { mq: ['brokers'] },
  run({ mq }, report) {
    report.each(mq.brokers, (broker) => {
      if (broker.engineType !== 'ACTIVEMQ') return notApplicable('not an ActiveMQ broker');
      return verdict(
        broker.deploymentMode === 'ACTIVE_STANDBY_MULTI_AZ',
        `ActiveMQ broker ${broker.name} runs as an active/standby pair across Availability Zones.`,
        `ActiveMQ broker ${broker.name} runs in ${broker.deploymentMode} mode, not active/standby.`,
      );
    });
  },
});
