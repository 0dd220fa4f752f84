import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'autoscaling_group_elb_health_check_enabled',
  uses: { autoscaling: ['groups'] },
  run({ autoscaling }, report) {
    report.each(autoscaling.groups, (group) => {
      // As in Prowler: only groups registered with Classic Load Balancers and target groups both.
      if (group.loadBalancerNames.length === 0 || group.targetGroupArns.length === 0) return notApplicable('not behind both kinds of load balancer');
      return verdict(
        group.healthCheckType.includes('ELB'),
        `Auto Scaling group ${group.name} replaces instances that fail the load balancer's health checks.`,
        `Auto Scaling group ${group.name} sits behind a load balancer but uses ${group.healthCheckType || 'no'} health checks, not ELB ones.`,
      );
    });
  },
});
