import { testCheck, type CheckCase } from '../../../test/helpers/check-cases.js';
import { group, groupWithConfiguration, launchConfiguration } from '../../../test/helpers/fixtures/autoscaling.js';
import check from './autoscaling_group_launch_configuration_requires_imdsv2.js';

const settings: { endpoint: string; tokens: string; status: 'PASS' | 'FAIL'; detail: string }[] = [
  { endpoint: 'enabled', tokens: 'required', status: 'PASS', detail: 'requires IMDSv2' },
  { endpoint: 'disabled', tokens: 'optional', status: 'PASS', detail: 'turns the metadata service off' },
  { endpoint: 'enabled', tokens: 'optional', status: 'FAIL', detail: 'does not require IMDSv2 (tokens: optional)' },
  // No metadata options at all: AWS then serves IMDSv1, and Prowler fails it.
  { endpoint: '', tokens: '', status: 'FAIL', detail: 'tokens: not set' },
  { endpoint: '', tokens: 'required', status: 'FAIL', detail: 'does not require IMDSv2' },
];

testCheck(check, [
  { name: 'no groups', expect: [] },
  ...settings.map(
    ({ endpoint, tokens, status, detail }): CheckCase<typeof check.uses> => ({
      name: `endpoint "${endpoint}" with tokens "${tokens}" is ${status}`,
      given: ({ autoscaling }) => {
        autoscaling.launchConfigurations.add(launchConfiguration('lc-1', { metadataHttpEndpoint: endpoint, metadataHttpTokens: tokens }));
        autoscaling.groups.add(groupWithConfiguration('web', 'lc-1'));
      },
      expect: [{ status, resource: 'web', region: 'eu-west-1', detail }],
    }),
  ),
  {
    name: 'a group on a launch template is not judged',
    given: ({ autoscaling }) => autoscaling.groups.add(group('templated')),
    expect: [],
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
