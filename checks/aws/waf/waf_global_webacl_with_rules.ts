import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'waf_global_webacl_with_rules',
  uses: { waf: ['globalWebAclRules'] },
  run({ waf }, report) {
    report.each(waf.globalWebAclRules, (acl) => {
      const rules = need(acl.ruleCount);
      return verdict(rules > 0, `WAF Classic global web ACL ${acl.name} evaluates ${rules} rule(s) or rule group(s).`, `WAF Classic global web ACL ${acl.name} has no rules or rule groups.`);
    });
  },
});
