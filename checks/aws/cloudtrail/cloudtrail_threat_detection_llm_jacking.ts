import { defineCheck } from '../../../src/checks/check.js';
import { judgeApiCallers } from '../../../src/checks/cloudtrail.js';

export default defineCheck({
  id: 'cloudtrail_threat_detection_llm_jacking',
  uses: { cloudtrail: ['llmJackingCallers'] },
  config: ['threat_detection_llm_jacking_threshold', 'threat_detection_llm_jacking_minutes', 'threat_detection_llm_jacking_actions'],
  run({ cloudtrail, account, config }, report) {
    const search = { attack: 'LLM jacking', actionCount: config.threat_detection_llm_jacking_actions.length, threshold: config.threat_detection_llm_jacking_threshold };
    judgeApiCallers(cloudtrail.llmJackingCallers, account, search, report);
  },
});
