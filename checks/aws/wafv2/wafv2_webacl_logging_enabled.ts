import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'wafv2_webacl_logging_enabled',
  uses: { wafv2: ['webAclLogging'] },
  run({ wafv2 }, report) {
    report.each(wafv2.webAclLogging, (acl) =>
      verdict(need(acl.loggingEnabled), `WAFv2 web ACL ${acl.name} logs the requests it inspects.`, `WAFv2 web ACL ${acl.name} has no logging configured.`),
    );
  },
});
