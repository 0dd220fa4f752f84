import { testCheck } from '../../../test/helpers/check-cases.js';
import { unreadBy } from '../../../test/helpers/fixtures/account.js';
import { noRecorder, recorder } from '../../../test/helpers/fixtures/configservice.js';
import check from './config_recorder_all_regions_enabled.js';

testCheck(check, [
  { name: 'no recorders read', expect: [] },
  {
    name: 'a recording recorder passes',
    given: ({ configservice }) => configservice.recorders.add(recorder()),
    expect: [{ status: 'PASS', resource: 'default', region: 'eu-west-1' }],
  },
  {
    name: 'a stopped recorder, one in failure and a region without one fail',
    given: ({ configservice }) => {
      configservice.recorders.add(recorder({ status: { recording: false, lastStatus: 'Success' } }));
      configservice.recorders.add(recorder({ region: 'us-east-1', status: { recording: true, lastStatus: 'Failure' } }));
      configservice.recorders.add(noRecorder('ap-south-1'));
    },
    expect: [
      { status: 'FAIL', resource: 'default', region: 'eu-west-1', detail: 'disabled' },
      { status: 'FAIL', resource: 'default', region: 'us-east-1', detail: 'failure state' },
      { status: 'FAIL', resource: '111122223333', region: 'ap-south-1' },
    ],
  },
  {
    name: 'a recorder AWS reports no status for fails',
    given: ({ configservice }) => configservice.recorders.add(recorder({ status: null })),
    expect: [{ status: 'FAIL', resource: 'default' }],
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
