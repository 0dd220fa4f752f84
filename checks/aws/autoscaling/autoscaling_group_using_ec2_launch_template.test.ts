import { testCheck } from '../../../test/helpers/check-cases.js';
import { group, groupWithConfiguration } from '../../../test/helpers/fixtures/autoscaling.js';
import check from './autoscaling_group_using_ec2_launch_template.js';

testCheck(check, [
  { name: 'no groups', expect: [] },
  {
    name: 'a group on a launch template passes, one on a launch configuration fails',
    given: ({ autoscaling }) => {
      autoscaling.groups.add(group('web'));
      autoscaling.groups.add(groupWithConfiguration('legacy', 'lc-1'));
    },
    expect: [
      { status: 'PASS', resource: 'web', detail: 'launches from an EC2 launch template' },
      { status: 'FAIL', resource: 'legacy', detail: 'does not launch from' },
    ],
  },
  {
    name: 'a launch template in a mixed instances policy counts',
    given: ({ autoscaling }) =>
      autoscaling.groups.add(group('mixed', { launchTemplate: null, mixedInstancesLaunchTemplate: { id: null, name: 'web', version: '2' } })),
    expect: [{ status: 'PASS', resource: 'mixed' }],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ autoscaling }) => autoscaling.groups.fail({ region: 'us-east-1', operation: 'DescribeAutoScalingGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'autoscaling:DescribeAutoScalingGroups', region: 'us-east-1' }],
  },
]);
