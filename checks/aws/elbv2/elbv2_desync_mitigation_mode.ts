import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';

/** The modes that block requests AWS classifies as ambiguous or worse; monitor only records them. */
const PROTECTIVE_MODES = ['defensive', 'strictest'];

export default defineCheck({
  id: 'elbv2_desync_mitigation_mode',
  uses: { elbv2: ['loadBalancerAttributes'] },
  run({ elbv2 }, report) {
    report.each(elbv2.loadBalancerAttributes, (balancer) => {
      if (balancer.type !== 'application') return notApplicable('only Application Load Balancers have a desync mitigation mode');
      const { desyncMitigationMode: mode, dropInvalidHeaderFieldsEnabled: dropsInvalidHeaders } = need(balancer.attributes);
      const subject = `Application Load Balancer ${balancer.name}`;
      if (mode !== null && PROTECTIVE_MODES.includes(mode)) return pass(`${subject} mitigates HTTP desync in ${mode} mode.`);
      // As Prowler judges it, only a load balancer known to keep invalid headers fails; one whose
      // header setting is not stated is given the benefit of the doubt.
      if (dropsInvalidHeaders === false) {
        return fail(`${subject} mitigates HTTP desync in ${mode ?? 'no stated'} mode, neither defensive nor strictest, and keeps invalid header fields.`);
      }
      return pass(`${subject} mitigates HTTP desync in ${mode ?? 'no stated'} mode, but ${dropsInvalidHeaders ? 'drops invalid header fields' : 'states no header-field setting'}.`);
    });
  },
});
