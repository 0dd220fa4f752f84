import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'waf_regional_rule_with_conditions',
  uses: { waf: ['regionalRules'] },
  run({ waf }, report) {
    report.each(waf.regionalRules, (rule) => {
      const conditions = need(rule.conditionCount);
      return verdict(conditions > 0, `WAF Classic regional rule ${rule.name} has ${conditions} condition(s).`, `WAF Classic regional rule ${rule.name} has no conditions.`);
    });
  },
});
