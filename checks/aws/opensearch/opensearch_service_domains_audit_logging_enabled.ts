import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'opensearch_service_domains_audit_logging_enabled',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) =>
      verdict(
        need(domain.settings).enabledLogTypes.includes('AUDIT_LOGS'),
        `OpenSearch domain ${domain.name} publishes audit logs.`,
        `OpenSearch domain ${domain.name} does not publish audit logs.`,
      ),
    );
  },
});
