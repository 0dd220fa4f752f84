import { judgeUsedWorkgroups } from '../../../src/checks/athena-workgroups.js';
import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'athena_workgroup_encryption',
  uses: { athena: ['workgroupDetails'] },
  run({ athena, options }, report) {
    judgeUsedWorkgroups(report, athena.workgroupDetails, options, (workgroup) => {
      const encryption = need(workgroup.resultEncryption);
      return verdict(
        encryption !== null,
        `Athena workgroup ${workgroup.name} encrypts query results with ${encryption}.`,
        `Athena workgroup ${workgroup.name} does not encrypt query results.`,
      );
    });
  },
});
