import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'wafv2_webacl_with_rules',
  uses: { wafv2: ['webAclRules'] },
  run({ wafv2 }, report) {
    report.each(wafv2.webAclRules, (acl) => {
      const { rules, ruleGroups } = need(acl.ruleSet);
      return verdict(
        rules.length + ruleGroups.length > 0,
        `WAFv2 web ACL ${acl.name} evaluates ${rules.length} rule(s) and ${ruleGroups.length} rule group(s).`,
        `WAFv2 web ACL ${acl.name} has no rules or rule groups.`,
      );
    });
  },
});
