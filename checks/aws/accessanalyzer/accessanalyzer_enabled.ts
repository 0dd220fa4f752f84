import { defineCheck, fail, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'accessanalyzer_enabled',
  uses: { accessanalyzer: ['analyzers'] },
  run({ accessanalyzer, account }, report) {
    report.each(accessanalyzer.analyzers, (analyzer) => {
      if (analyzer.status === 'ACTIVE') return pass(`IAM Access Analyzer ${analyzer.name} is enabled.`);
      if (analyzer.status === 'NOT_AVAILABLE') return fail(`IAM Access Analyzer is not enabled in account ${account.id} in ${analyzer.region}.`);
      return fail(`IAM Access Analyzer ${analyzer.name} is not active (${analyzer.status}).`);
    });
  },
});
