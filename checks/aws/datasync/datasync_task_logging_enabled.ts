import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'datasync_task_logging_enabled',
  uses: { datasync: ['taskDescriptions'] },
  run({ datasync }, report) {
    report.each(datasync.taskDescriptions, (task) =>
      verdict(
        Boolean(need(task.cloudWatchLogGroupArn)),
        `DataSync task ${task.name ?? task.id} logs to CloudWatch Logs.`,
        `DataSync task ${task.name ?? task.id} does not log to CloudWatch Logs.`,
      ),
    );
  },
});
