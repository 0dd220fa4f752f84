import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'wellarchitected_workload_no_high_or_medium_risks',
  uses: { wellarchitected: ['workloads'] },
  run({ wellarchitected }, report) {
    report.each(wellarchitected.workloads, (workload) => {
      const { HIGH: high, MEDIUM: medium } = workload.riskCounts;
      // As in Prowler, a risk level AWS lists at all counts, even with a count of zero.
      return verdict(
        high === undefined && medium === undefined,
        `Well-Architected workload ${workload.name} has no high or medium risks.`,
        `Well-Architected workload ${workload.name} has ${high ?? 0} high and ${medium ?? 0} medium risks.`,
      );
    });
  },
});
