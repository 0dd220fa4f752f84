import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'waf_global_webacl_logging_enabled',
  uses: { waf: ['globalWebAcls'] },
  run({ waf }, report) {
    report.each(waf.globalWebAcls, (acl) =>
      verdict(need(acl.loggingEnabled), `WAF Classic global web ACL ${acl.name} logs the requests it inspects.`, `WAF Classic global web ACL ${acl.name} has no logging configured.`),
    );
  },
});
