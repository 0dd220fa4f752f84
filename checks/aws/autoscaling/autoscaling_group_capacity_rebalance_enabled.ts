import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'autoscaling_group_capacity_rebalance_enabled',
  uses: { autoscaling: ['groups'] },
  run({ autoscaling }, report) {
    report.each(autoscaling.groups, (group) => {
      // As in Prowler: only groups registered with Classic Load Balancers and target groups both.
      if (group.loadBalancerNames.length === 0 || group.targetGroupArns.length === 0) return notApplicable('not behind both kinds of load balancer');
      return verdict(
        group.capacityRebalance,
        `Auto Scaling group ${group.name} has capacity rebalancing on.`,
        `Auto Scaling group ${group.name} has capacity rebalancing off.`,
      );
    });
  },
});
