import { defineCheck } from '../../../src/checks/check.js';
import { judgeApiCallers } from '../../../src/checks/cloudtrail.js';

export default defineCheck({
  id: 'cloudtrail_threat_detection_enumeration',
  uses: { cloudtrail: ['enumerationCallers'] },
  config: ['threat_detection_enumeration_threshold', 'threat_detection_enumeration_minutes', 'threat_detection_enumeration_actions'],
  run({ cloudtrail, account, config }, report) {
    const search = { attack: 'enumeration', actionCount: config.threat_detection_enumeration_actions.length, threshold: config.threat_detection_enumeration_threshold };
    judgeApiCallers(cloudtrail.enumerationCallers, account, search, report);
  },
});
