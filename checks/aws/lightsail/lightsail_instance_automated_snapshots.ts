import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'lightsail_instance_automated_snapshots',
  uses: { lightsail: ['instances'] },
  run({ lightsail }, report) {
    report.each(lightsail.instances, (instance) =>
      verdict(
        instance.autoSnapshot,
        `Lightsail instance ${instance.name} takes automatic snapshots.`,
        `Lightsail instance ${instance.name} does not take automatic snapshots.`,
      ),
    );
  },
});
