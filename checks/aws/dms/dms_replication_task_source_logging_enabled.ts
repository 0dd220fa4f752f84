import { defineCheck } from '../../../src/checks/check.js';
import { judgeTaskLogging } from '../../../src/checks/dms-task-logging.js';

export default defineCheck({
  id: 'dms_replication_task_source_logging_enabled',
  uses: { dms: ['replicationTasks'] },
  run({ dms }, report) {
    judgeTaskLogging(dms.replicationTasks, report, { side: 'source', components: [['SOURCE_CAPTURE', 'Source Capture'], ['SOURCE_UNLOAD', 'Source Unload']] });
  },
});
