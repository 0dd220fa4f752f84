import { testCheck } from '../../../test/helpers/check-cases.js';
import { alarm } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_alarm_actions_enabled.js';

testCheck(check, [
  { name: 'no alarms', expect: [] },
  {
    name: 'enabled actions pass, disabled ones fail',
    given: ({ cloudwatch }) => {
      cloudwatch.alarms.add(alarm('on'));
      cloudwatch.alarms.add(alarm('off', { actionsEnabled: false }));
    },
    expect: [
      { status: 'PASS', resource: 'on' },
      { status: 'FAIL', resource: 'off', detail: 'actions disabled' },
    ],
  },
  {
    name: 'an alarm with no actions at all but actions enabled passes',
    given: ({ cloudwatch }) => cloudwatch.alarms.add(alarm('empty', { alarmActions: [] })),
    expect: [{ status: 'PASS', resource: 'empty' }],
  },
  {
    name: 'alarms that could not be listed: ERROR',
    given: ({ cloudwatch }) => cloudwatch.alarms.fail({ region: 'us-east-1', operation: 'DescribeAlarms', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudwatch:DescribeAlarms', region: 'us-east-1' }],
  },
]);
