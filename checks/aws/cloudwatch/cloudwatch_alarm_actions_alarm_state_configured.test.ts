import { testCheck } from '../../../test/helpers/check-cases.js';
import { alarm } from '../../../test/helpers/fixtures/cloudwatch.js';
import check from './cloudwatch_alarm_actions_alarm_state_configured.js';

testCheck(check, [
  { name: 'no alarms', expect: [] },
  {
    name: 'an alarm with an ALARM action passes, one without fails, in its own region',
    given: ({ cloudwatch }) => {
      cloudwatch.alarms.add(alarm('notifies'));
      cloudwatch.alarms.add(alarm('mute', { alarmActions: [], region: 'us-east-1' }));
    },
    expect: [
      { status: 'PASS', resource: 'notifies', region: 'eu-west-1' },
      { status: 'FAIL', resource: 'mute', region: 'us-east-1', detail: 'no action for the ALARM state' },
    ],
  },
  {
    name: 'actions that are disabled still count as configured',
    given: ({ cloudwatch }) => cloudwatch.alarms.add(alarm('disabled', { actionsEnabled: false })),
    expect: [{ status: 'PASS', resource: 'disabled' }],
  },
  {
    name: 'alarms that could not be listed: ERROR',
    given: ({ cloudwatch }) => cloudwatch.alarms.fail({ region: 'eu-west-1', operation: 'DescribeAlarms', message: 'AccessDenied: denied' }),
    expect: [{ status: 'ERROR', resource: 'cloudwatch:DescribeAlarms', region: 'eu-west-1' }],
  },
]);
