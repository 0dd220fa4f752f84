import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'opensearch_service_domains_encryption_at_rest_enabled',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) =>
      verdict(
        need(domain.settings).encryptionAtRest,
        `OpenSearch domain ${domain.name} encrypts its data at rest.`,
        `OpenSearch domain ${domain.name} does not encrypt its data at rest.`,
      ),
    );
  },
});
