import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { group } from '../../../test/helpers/fixtures/autoscaling.js';
import check from './autoscaling_group_elb_health_check_enabled.js';

const notBehindBoth: { name: string; loadBalancerNames: string[]; targetGroupArns: string[] }[] = [
  { name: 'only Classic Load Balancers', loadBalancerNames: ['web'], targetGroupArns: [] },
  { name: 'only target groups', loadBalancerNames: [], targetGroupArns: ['arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/web/1'] },
  { name: 'no load balancer', loadBalancerNames: [], targetGroupArns: [] },
];

testCheck(check, [
  { name: 'no groups', expect: [] },
  {
    name: 'a group behind both kinds of load balancer is judged',
    given: ({ autoscaling }) => {
      autoscaling.groups.add(group('good'));
      autoscaling.groups.add(group('bad', { healthCheckType: 'EC2', region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'good', region: 'eu-west-1', detail: 'replaces instances' },
      { status: 'FAIL', resource: 'bad', region: 'us-east-1', detail: 'uses EC2 health checks' },
    ],
  },
  {
    name: 'ELB among several health check types passes',
    given: ({ autoscaling }) => autoscaling.groups.add(group('web', { healthCheckType: 'EC2,ELB' })),
    expect: [{ status: 'PASS', resource: 'web' }],
  },
  ...notBehindBoth.map(
    ({ name, loadBalancerNames, targetGroupArns }): CheckCase<typeof check.uses> => ({
      name: `a group with ${name} is not judged, as in Prowler`,
      given: ({ autoscaling }) => autoscaling.groups.add(group('web', { healthCheckType: 'EC2', loadBalancerNames, targetGroupArns })),
      expect: [],
    }),
  ),
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ autoscaling }) => autoscaling.groups.fail({ region: 'us-east-1', operation: 'DescribeAutoScalingGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'autoscaling:DescribeAutoScalingGroups', region: 'us-east-1' }],
  },
]);
