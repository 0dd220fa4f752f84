import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'accessanalyzer_enabled_without_findings',
  uses: { accessanalyzer: ['analyzerFindings'] },
  run({ accessanalyzer }, report) {
    // Only active analyzers are listed here: one that is not active has no findings to judge.
    report.each(accessanalyzer.analyzerFindings, (analyzer) => {
      const active = need(analyzer.activeFindings);
      return verdict(active === 0, `IAM Access Analyzer ${analyzer.name} has no active findings.`, `IAM Access Analyzer ${analyzer.name} has ${active} active findings.`);
    });
  },
});
