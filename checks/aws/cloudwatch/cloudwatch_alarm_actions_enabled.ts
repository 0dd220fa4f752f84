import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'cloudwatch_alarm_actions_enabled',
  uses: { cloudwatch: ['alarms'] },
  run({ cloudwatch }, report) {
    report.each(cloudwatch.alarms, (alarm) => verdict(alarm.actionsEnabled, `Alarm ${alarm.id} has its actions enabled.`, `Alarm ${alarm.id} has its actions disabled.`));
  },
});
