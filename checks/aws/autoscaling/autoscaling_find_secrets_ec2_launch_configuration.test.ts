import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { userData } from '../../../test/helpers/fixtures/autoscaling.js';
import check from './autoscaling_find_secrets_ec2_launch_configuration.js';

testCheck(check, [
  { name: 'no launch configurations', expect: [] },
  {
    name: 'empty user data passes',
    given: ({ autoscaling }) => autoscaling.launchConfigurationUserData.add(userData('lc-1')),
    expect: [{ status: 'PASS', resource: 'lc-1', region: 'eu-west-1', detail: 'no user data' }],
  },
  {
    name: 'user data without secrets passes',
    given: ({ autoscaling }) => autoscaling.launchConfigurationUserData.add(userData('lc-1', { scan: { state: 'scanned', secrets: [] } })),
    expect: [{ status: 'PASS', resource: 'lc-1', detail: 'No secrets found' }],
  },
  {
    name: 'secrets fail, naming each line and kind',
    given: ({ autoscaling }) => {
      const secrets = [
        { line: 2, kind: 'AWS access key' },
        { line: 5, kind: 'Private key' },
      ];
      autoscaling.launchConfigurationUserData.add(userData('lc-1', { scan: { state: 'scanned', secrets } }));
    },
    expect: [{ status: 'FAIL', resource: 'lc-1', detail: 'AWS access key on line 2; Private key on line 5' }],
  },
  {
    name: 'user data that is not text is left to a person',
    given: ({ autoscaling }) => autoscaling.launchConfigurationUserData.add(userData('lc-1', { scan: { state: 'undecodable' } })),
    expect: [{ status: 'MANUAL', resource: 'lc-1', detail: 'could not be decoded' }],
  },
  {
    name: 'a scan that failed is an error',
    given: ({ autoscaling }) => autoscaling.launchConfigurationUserData.add(userData('lc-1', { scan: unreadBy('autoscaling', 'secrets scan') })),
    expect: [{ status: 'ERROR', resource: 'lc-1', detail: 'secrets scan' }],
  },
  {
    name: 'a region whose configurations could not be listed is an error there',
    given: ({ autoscaling }) =>
      autoscaling.launchConfigurationUserData.fail({ region: 'us-east-1', operation: 'DescribeLaunchConfigurations', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'autoscaling:DescribeLaunchConfigurations', region: 'us-east-1' }],
  },
]);
