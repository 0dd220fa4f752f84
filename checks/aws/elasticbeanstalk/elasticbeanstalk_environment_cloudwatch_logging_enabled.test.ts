import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { HARDENED_SETTINGS, beanstalkEnvironment } from '../../../test/helpers/fixtures/elasticbeanstalk.js';
import check from './elasticbeanstalk_environment_cloudwatch_logging_enabled.js';

testCheck(check, [
  { name: 'no environments', expect: [] },
  {
    name: 'passes only environments that set the option to true; an unset option fails',
    given: ({ elasticbeanstalk }) => {
      elasticbeanstalk.environments.add(beanstalkEnvironment('prod'));
      elasticbeanstalk.environments.add(beanstalkEnvironment('staging', { region: 'us-east-1', settings: { ...HARDENED_SETTINGS, streamLogs: 'false' } }));
      elasticbeanstalk.environments.add(beanstalkEnvironment('gone', { settings: { ...HARDENED_SETTINGS, streamLogs: null } }));
    },
    expect: [
      { status: 'PASS', resource: 'e-prod', region: 'eu-west-1', detail: 'streams its logs' },
      { status: 'FAIL', resource: 'e-staging', region: 'us-east-1', detail: 'does not stream' },
      { status: 'FAIL', resource: 'e-gone', detail: 'does not stream' },
    ],
  },
  {
    name: 'settings that could not be read are an error',
    given: ({ elasticbeanstalk }) => elasticbeanstalk.environments.add(beanstalkEnvironment('hidden', { settings: unreadBy('elasticbeanstalk', 'DescribeConfigurationSettings') })),
    expect: [{ status: 'ERROR', resource: 'e-hidden', detail: 'DescribeConfigurationSettings' }],
  },
  {
    name: 'a failed listing is an error',
    given: ({ elasticbeanstalk }) => elasticbeanstalk.environments.fail({ region: 'eu-west-1', operation: 'DescribeEnvironments', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'elasticbeanstalk:DescribeEnvironments' }],
  },
]);
