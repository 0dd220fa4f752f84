import { defineCheck } from '../../../src/checks/check.js';
import { judgeApiCallers } from '../../../src/checks/cloudtrail.js';

export default defineCheck({
  id: 'cloudtrail_threat_detection_privilege_escalation',
  uses: { cloudtrail: ['privilegeEscalationCallers'] },
  config: [
    'threat_detection_privilege_escalation_threshold',
    'threat_detection_privilege_escalation_minutes',
    'threat_detection_privilege_escalation_actions',
  ],
  run({ cloudtrail, account, config }, report) {
    const search = {
      attack: 'privilege escalation',
      actionCount: config.threat_detection_privilege_escalation_actions.length,
      threshold: config.threat_detection_privilege_escalation_threshold,
    };
    judgeApiCallers(cloudtrail.privilegeEscalationCallers, account, search, report);
  },
});
