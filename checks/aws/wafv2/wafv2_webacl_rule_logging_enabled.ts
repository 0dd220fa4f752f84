import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import type { WebAclRule } from '../../../src/services/wafv2/wafv2.js';

export default defineCheck({
  id: 'wafv2_webacl_rule_logging_enabled',
  uses: { wafv2: ['webAclRules'] },
  run({ wafv2 }, report) {
    report.each(wafv2.webAclRules, (acl) => {
      const { rules, ruleGroups } = need(acl.ruleSet);
      if (rules.length + ruleGroups.length === 0) return notApplicable('the web ACL has no rules or rule groups');
      const silent = (list: WebAclRule[]) => list.filter((rule) => !rule.cloudWatchMetricsEnabled).map((rule) => rule.name);
      const silentRules = silent(rules);
      const silentGroups = silent(ruleGroups);
      if (silentRules.length + silentGroups.length === 0) return pass(`Every rule and rule group of WAFv2 web ACL ${acl.name} sends CloudWatch metrics.`);
      const named = [
        ...(silentRules.length > 0 ? [`rules ${silentRules.join(', ')}`] : []),
        ...(silentGroups.length > 0 ? [`rule groups ${silentGroups.join(', ')}`] : []),
      ];
      return fail(`WAFv2 web ACL ${acl.name} sends no CloudWatch metrics for ${named.join(' and ')}.`);
    });
  },
});
