import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { noRecorder, recorder } from '../../../test/helpers/fixtures/configservice.js';
import check from './config_recorder_using_aws_service_role.js';

testCheck(check, [
  { name: 'no recorders read', expect: [] },
  {
    name: 'a recorder with the service-linked role passes, one with its own role fails',
    given: ({ configservice }) => {
      configservice.recorders.add(recorder());
      configservice.recorders.add(recorder({ region: 'us-east-1', roleArn: 'arn:aws:iam::111122223333:role/config-recorder' }));
    },
    expect: [
      { status: 'PASS', resource: 'default', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'default', region: 'us-east-1' },
    ],
  },
  {
    name: 'stopped recorders and regions without one are skipped',
    given: ({ configservice }) => {
      configservice.recorders.add(recorder({ roleArn: 'arn:aws:iam::111122223333:role/config-recorder', status: { recording: false, lastStatus: 'Success' } }));
      configservice.recorders.add(noRecorder('us-east-1'));
    },
    expect: [],
  },
  {
    name: 'an unread status is an error',
    given: ({ configservice }) => configservice.recorders.add(recorder({ status: unreadBy('configservice', 'DescribeConfigurationRecorderStatus') })),
    expect: [{ status: 'ERROR', resource: 'default', detail: 'DescribeConfigurationRecorderStatus' }],
  },
  {
    name: 'a region whose recorders could not be listed is an error there',
    given: ({ configservice }) => configservice.recorders.fail({ region: 'us-east-1', operation: 'DescribeConfigurationRecorders', message: 'AccessDeniedException: denied' }),
    expect: [{ status: 'ERROR', resource: 'configservice:DescribeConfigurationRecorders', region: 'us-east-1' }],
  },
]);
