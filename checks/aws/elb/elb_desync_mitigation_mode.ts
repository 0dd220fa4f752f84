import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** The modes that block requests AWS classifies as ambiguous or worse; monitor only records them. */
const PROTECTIVE_MODES = ['defensive', 'strictest'];

export default defineCheck({
  id: 'elb_desync_mitigation_mode',
  uses: { elb: ['loadBalancerAttributes'] },
  run({ elb }, report) {
    report.each(elb.loadBalancerAttributes, (balancer) => {
      const mode = need(balancer.attributes).desyncMitigationMode;
      return verdict(
        mode !== null && PROTECTIVE_MODES.includes(mode),
        `Classic Load Balancer ${balancer.name} mitigates HTTP desync in ${mode} mode.`,
        `Classic Load Balancer ${balancer.name} mitigates HTTP desync in ${mode ?? 'no stated'} mode, neither defensive nor strictest.`,
      );
    });
  },
});
