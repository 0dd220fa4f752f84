import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'autoscaling_group_using_ec2_launch_template',
  uses: { autoscaling: ['groups'] },
  run({ autoscaling }, report) {
    report.each(autoscaling.groups, (group) =>
      verdict(
        group.launchTemplate !== null || group.mixedInstancesLaunchTemplate !== null,
        `Auto Scaling group ${group.name} launches from an EC2 launch template.`,
        `Auto Scaling group ${group.name} does not launch from an EC2 launch template.`,
      ),
    );
  },
});
