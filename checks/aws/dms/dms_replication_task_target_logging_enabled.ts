import { defineCheck } from '../../../src/checks/check.js';
import { judgeTaskLogging } from '../../../src/checks/dms-task-logging.js';

export default defineCheck({
  id: 'dms_replication_task_target_logging_enabled',
  uses: { dms: ['replicationTasks'] },
  run({ dms }, report) {
    judgeTaskLogging(dms.replicationTasks, report, { side: 'target', components: [['TARGET_APPLY', 'Target Apply'], ['TARGET_LOAD', 'Target Load']] });
  },
});
