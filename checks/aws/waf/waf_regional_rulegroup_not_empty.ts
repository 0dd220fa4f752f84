import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'waf_regional_rulegroup_not_empty',
  uses: { waf: ['regionalRuleGroups'] },
  run({ waf }, report) {
    report.each(waf.regionalRuleGroups, (group) =>
      verdict(need(group.hasRules), `WAF Classic regional rule group ${group.name} holds at least one rule.`, `WAF Classic regional rule group ${group.name} holds no rules.`),
    );
  },
});
