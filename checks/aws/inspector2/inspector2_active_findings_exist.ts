import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'inspector2_active_findings_exist',
  uses: { inspector2: ['activeFindings'] },
  run({ inspector2 }, report) {
    report.each(inspector2.activeFindings, (inspector) =>
      verdict(!need(inspector.hasActiveFindings), `Inspector2 is enabled in ${inspector.region} with no active findings.`, `Inspector2 has active findings in ${inspector.region}.`),
    );
  },
});
