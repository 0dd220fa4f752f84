import { testCheck } from '../../../test/helpers/check-cases.js';
import { group, groupWithConfiguration, launchConfiguration } from '../../../test/helpers/fixtures/autoscaling.js';
import check from './autoscaling_group_launch_configuration_no_public_ip.js';

testCheck(check, [
  { name: 'no groups', expect: [] },
  {
    name: 'a configuration without public IPs passes, one with them fails',
    given: ({ autoscaling }) => {
      autoscaling.launchConfigurations.add(launchConfiguration('private'));
      autoscaling.launchConfigurations.add(launchConfiguration('public', { associatePublicIp: true }));
      autoscaling.groups.add(groupWithConfiguration('internal', 'private'));
      autoscaling.groups.add(groupWithConfiguration('exposed', 'public'));
    },
    expect: [
      { status: 'PASS', resource: 'internal', region: 'eu-west-1', detail: 'gives instances no public IP' },
      { status: 'FAIL', resource: 'exposed', region: 'eu-west-1', detail: 'gives every instance a public IP' },
    ],
  },
  {
    name: 'groups on launch templates, or on configurations not found, are not judged',
    given: ({ autoscaling }) => {
      autoscaling.groups.add(group('templated'));
      autoscaling.groups.add(groupWithConfiguration('orphan', 'gone'));
    },
    expect: [],
  },
  {
    name: 'a same-named configuration in another region adds a finding, as Prowler matches by name alone',
    given: ({ autoscaling }) => {
      autoscaling.launchConfigurations.add(launchConfiguration('shared'));
      autoscaling.launchConfigurations.add(launchConfiguration('shared', { region: 'us-east-1', associatePublicIp: true }));
      autoscaling.groups.add(groupWithConfiguration('web', 'shared'));
    },
    expect: [
      { status: 'PASS', resource: 'web', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'web', region: 'eu-west-1' },
    ],
  },
  {
    name: "a group whose region's configurations could not be listed is an error",
    given: ({ autoscaling }) => {
      autoscaling.groups.add(groupWithConfiguration('web', 'lc-1'));
      autoscaling.launchConfigurations.fail({ region: 'eu-west-1', operation: 'DescribeLaunchConfigurations', message: 'AccessDenied: denied' });
    },
    expect: [{ status: 'ERROR', resource: 'web', detail: 'DescribeLaunchConfigurations' }],
  },
  {
    name: 'a region whose groups could not be listed is an error there',
    given: ({ autoscaling }) => autoscaling.groups.fail({ region: 'us-east-1', operation: 'DescribeAutoScalingGroups', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'autoscaling:DescribeAutoScalingGroups', region: 'us-east-1' }],
  },
]);
