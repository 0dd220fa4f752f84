import { judgeUsedWorkgroups } from '../../../src/checks/athena-workgroups.js';
import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'athena_workgroup_logging_enabled',
  uses: { athena: ['workgroupDetails'] },
  run({ athena, options }, report) {
    judgeUsedWorkgroups(report, athena.workgroupDetails, options, (workgroup) =>
      verdict(
        need(workgroup.publishesCloudWatchMetrics),
        `Athena workgroup ${workgroup.name} publishes its metrics to CloudWatch.`,
        `Athena workgroup ${workgroup.name} does not publish its metrics to CloudWatch.`,
      ),
    );
  },
});
