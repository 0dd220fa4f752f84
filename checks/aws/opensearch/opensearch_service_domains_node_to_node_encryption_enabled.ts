import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'opensearch_service_domains_node_to_node_encryption_enabled',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) =>
      verdict(
        need(domain.settings).nodeToNodeEncryption,
        `OpenSearch domain ${domain.name} encrypts traffic between its nodes.`,
        `OpenSearch domain ${domain.name} does not encrypt traffic between its nodes.`,
      ),
    );
  },
});
