import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'autoscaling_group_multiple_az',
  uses: { autoscaling: ['groups'] },
  run({ autoscaling }, report) {
    report.each(autoscaling.groups, (group) =>
      verdict(
        group.availabilityZones.length > 1,
        `Auto Scaling group ${group.name} spans ${group.availabilityZones.length} Availability Zones.`,
        `Auto Scaling group ${group.name} runs in a single Availability Zone.`,
      ),
    );
  },
});
