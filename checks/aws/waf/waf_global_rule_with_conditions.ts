import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'waf_global_rule_with_conditions',
  uses: { waf: ['globalRules'] },
  run({ waf }, report) {
    report.each(waf.globalRules, (rule) => {
      const conditions = need(rule.conditionCount);
      return verdict(conditions > 0, `WAF Classic global rule ${rule.name} has ${conditions} condition(s).`, `WAF Classic global rule ${rule.name} has no conditions.`);
    });
  },
});
