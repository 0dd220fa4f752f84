import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'waf_regional_webacl_with_rules',
  uses: { waf: ['regionalWebAclRules'] },
  run({ waf }, report) {
    report.each(waf.regionalWebAclRules, (acl) => {
      const rules = need(acl.ruleCount);
      return verdict(rules > 0, `WAF Classic regional web ACL ${acl.name} evaluates ${rules} rule(s) or rule group(s).`, `WAF Classic regional web ACL ${acl.name} has no rules or rule groups.`);
    });
  },
});
