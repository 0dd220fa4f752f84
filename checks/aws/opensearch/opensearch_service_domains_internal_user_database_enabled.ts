import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'opensearch_service_domains_internal_user_database_enabled',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) =>
      verdict(
        !need(domain.settings).internalUserDatabase,
        `OpenSearch domain ${domain.name} does not use the internal user database.`,
        `OpenSearch domain ${domain.name} uses the internal user database.`,
      ),
    );
  },
});
