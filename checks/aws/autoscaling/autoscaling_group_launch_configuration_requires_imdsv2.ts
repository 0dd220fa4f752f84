import { defineCheck, fail, notApplicable, pass } from '../../../src/checks/check.js';
import { launchConfigurationsOf } from '../../../src/checks/launch-configurations.js';

export default defineCheck({
  id: 'autoscaling_group_launch_configuration_requires_imdsv2',
  uses: { autoscaling: ['groups', 'launchConfigurations'] },
  run({ autoscaling }, report) {
    report.each(autoscaling.groups, (group) => {
      const configurations = launchConfigurationsOf(group, autoscaling.launchConfigurations);
      if (configurations.length === 0) return notApplicable('the group launches from no launch configuration of the account');
      return configurations.map(({ name, metadataHttpEndpoint: endpoint, metadataHttpTokens: tokens }) => {
        if (endpoint === 'disabled') return pass(`Auto Scaling group ${group.name} launches from ${name}, which turns the metadata service off.`);
        if (endpoint === 'enabled' && tokens === 'required') return pass(`Auto Scaling group ${group.name} launches from ${name}, which requires IMDSv2.`);
        return fail(`Auto Scaling group ${group.name} launches from ${name}, which does not require IMDSv2 (tokens: ${tokens || 'not set'}).`);
      });
    });
  },
});
