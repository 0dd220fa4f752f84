import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ecs_task_set_no_assign_public_ip',
  uses: { ecs: ['taskSets'] },
  run({ ecs }, report) {
    report.each(ecs.taskSets, (taskSet) =>
      verdict(
        taskSet.assignPublicIp !== 'ENABLED',
        `ECS task set ${taskSet.id} does not give its tasks public IP addresses.`,
        `ECS task set ${taskSet.id} gives its tasks public IP addresses automatically.`,
      ),
    );
  },
});
