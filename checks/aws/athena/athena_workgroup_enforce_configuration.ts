import { judgeUsedWorkgroups } from '../../../src/checks/athena-workgroups.js';
import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'athena_workgroup_enforce_configuration',
  uses: { athena: ['workgroupDetails'] },
  run({ athena, options }, report) {
    judgeUsedWorkgroups(report, athena.workgroupDetails, options, (workgroup) =>
      verdict(
        need(workgroup.enforceConfiguration),
        `Athena workgroup ${workgroup.name} enforces its configuration over client-side settings.`,
        `Athena workgroup ${workgroup.name} lets client-side settings override its configuration.`,
      ),
    );
  },
});
