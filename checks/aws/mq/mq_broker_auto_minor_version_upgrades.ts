import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'mq_broker_auto_minor_version_upgrades',
  uses: { mq: ['brokerSettings'] },
  run({ mq }, report) {
    report.each(mq.brokerSettings, (broker) =>
      verdict(
        need(broker.details).autoMinorVersionUpgrade,
        `MQ broker ${broker.name} applies minor engine upgrades automatically.`,
        `MQ broker ${broker.name} does not apply minor engine upgrades automatically.`,
      ),
    );
  },
});
