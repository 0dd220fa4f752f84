import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';
import { launchConfigurationsOf } from '../../../src/checks/launch-configurations.js';

export default defineCheck({
  id: 'autoscaling_group_launch_configuration_no_public_ip',
  uses: { autoscaling: ['groups', 'launchConfigurations'] },
  run({ autoscaling }, report) {
    report.each(autoscaling.groups, (group) => {
      const configurations = launchConfigurationsOf(group, autoscaling.launchConfigurations);
      if (configurations.length === 0) return notApplicable('the group launches from no launch configuration of the account');
      return configurations.map((configuration) =>
        verdict(
          !configuration.associatePublicIp,
          `Auto Scaling group ${group.name} launches from ${configuration.name}, which gives instances no public IP address.`,
          `Auto Scaling group ${group.name} launches from ${configuration.name}, which gives every instance a public IP address.`,
        ),
      );
    });
  },
});
