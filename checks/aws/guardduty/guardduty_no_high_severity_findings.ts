import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'guardduty_no_high_severity_findings',
  uses: { guardduty: ['detectorFindings'] },
  run({ guardduty }, report) {
    report.each(guardduty.detectorFindings, (detector) => {
      const count = need(detector.highSeverityFindings);
      return verdict(
        count === 0,
        `GuardDuty detector ${detector.id} has no high severity findings.`,
        `GuardDuty detector ${detector.id} has ${count} high severity findings.`,
      );
    });
  },
});
