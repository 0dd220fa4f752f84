import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'waf_global_rulegroup_not_empty',
  uses: { waf: ['globalRuleGroups'] },
  run({ waf }, report) {
    report.each(waf.globalRuleGroups, (group) =>
      verdict(need(group.hasRules), `WAF Classic global rule group ${group.name} holds at least one rule.`, `WAF Classic global rule group ${group.name} holds no rules.`),
    );
  },
});
