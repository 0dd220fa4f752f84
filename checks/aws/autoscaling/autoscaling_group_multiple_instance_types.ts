import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'autoscaling_group_multiple_instance_types',
  uses: { autoscaling: ['groups'] },
  run({ autoscaling }, report) {
    report.each(autoscaling.groups, (group) => {
      // Judged on the instances the group runs now: a group with none has no zone that passes.
      const zones = Object.entries(group.instanceTypesByZone);
      const singleTypeZones = zones.filter(([, types]) => types.length < 2).map(([zone]) => zone);
      if (singleTypeZones.length > 0) {
        return fail(`Auto Scaling group ${group.name} runs fewer than two instance types in ${singleTypeZones.join(', ')}.`);
      }
      if (zones.length < 2) return fail(`Auto Scaling group ${group.name} does not run several instance types in several Availability Zones.`);
      return pass(`Auto Scaling group ${group.name} runs several instance types in each of its Availability Zones.`);
    });
  },
});
