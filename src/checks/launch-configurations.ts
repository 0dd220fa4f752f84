import type { AutoScalingGroup, LaunchConfiguration } from '../services/autoscaling/autoscaling.js';
import type { Listing } from '../services/resource-map.js';

/**
 * The launch configurations an Auto Scaling group's checks judge it by: those with the name the
 * group names. Prowler matches by name in every region, so a same-named configuration elsewhere
 * gives the group a finding of its own; the group's own region must have been listed, or its
 * configuration is unknown (the check then reports ERROR).
 */
export function launchConfigurationsOf(group: AutoScalingGroup, configurations: Listing<LaunchConfiguration>): LaunchConfiguration[] {
  if (group.launchConfigurationName === null) return [];
  configurations.ensureListed(group.region);
  return configurations.found().filter((configuration) => configuration.name === group.launchConfigurationName);
}
