import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'waf_regional_webacl_logging_enabled',
  uses: { waf: ['regionalWebAcls'] },
  run({ waf }, report) {
    report.each(waf.regionalWebAcls, (acl) =>
      verdict(need(acl.loggingEnabled), `WAF Classic regional web ACL ${acl.name} logs the requests it inspects.`, `WAF Classic regional web ACL ${acl.name} has no logging configured.`),
    );
  },
});
