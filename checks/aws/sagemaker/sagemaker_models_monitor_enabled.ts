import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'sagemaker_models_monitor_enabled',
  uses: { sagemaker: ['monitoringStates'] },
  run({ sagemaker }, report) {
    report.each(sagemaker.monitoringStates, (state) =>
      verdict(state.scheduled, `Monitoring schedule ${state.id} is scheduled in ${state.region}.`, `No model monitoring schedule is in Scheduled status in ${state.region}.`),
    );
  },
});
