import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'opensearch_service_domains_https_communications_enforced',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) =>
      verdict(need(domain.settings).enforceHttps, `OpenSearch domain ${domain.name} enforces HTTPS.`, `OpenSearch domain ${domain.name} does not enforce HTTPS.`),
    );
  },
});
