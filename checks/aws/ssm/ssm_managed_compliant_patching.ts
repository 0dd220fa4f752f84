import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'ssm_managed_compliant_patching',
  uses: { ssm: ['complianceResources'] },
  run({ ssm }, report) {
    report.each(ssm.complianceResources, (resource) =>
      verdict(resource.status === 'COMPLIANT', `Managed instance ${resource.id} is compliant.`, `Managed instance ${resource.id} is not compliant (${resource.status}).`),
    );
  },
});
