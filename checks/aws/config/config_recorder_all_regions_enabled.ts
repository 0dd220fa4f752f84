import { defineCheck, fail, need, pass } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'config_recorder_all_regions_enabled',
  uses: { configservice: ['recorders'] },
  run({ configservice }, report) {
    report.each(configservice.recorders, (recorder) => {
      const status = need(recorder.status);
      if (!status?.recording) return fail(`AWS Config recorder ${recorder.name} in ${recorder.region} is disabled or missing.`);
      if (status.lastStatus === 'Failure') return fail(`AWS Config recorder ${recorder.name} is in failure state.`);
      return pass(`AWS Config recorder ${recorder.name} is enabled.`);
    });
  },
});
