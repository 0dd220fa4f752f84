import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudwatch_alarm_actions_alarm_state_configured',
  uses: { cloudwatch: ['alarms'] },
  run({ cloudwatch }, report) {
    report.each(cloudwatch.alarms, (alarm) =>
      verdict(alarm.alarmActions.length > 0, `Alarm ${alarm.id} acts when it enters the ALARM state.`, `Alarm ${alarm.id} has no action for the ALARM state.`),
    );
  },
});
