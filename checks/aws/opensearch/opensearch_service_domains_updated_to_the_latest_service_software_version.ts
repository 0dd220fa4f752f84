import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'opensearch_service_domains_updated_to_the_latest_service_software_version',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) => {
      const { updateAvailable, engineVersion } = need(domain.settings);
      const version = engineVersion ?? 'unknown version';
      return verdict(
        !updateAvailable,
        `OpenSearch domain ${domain.name} (${version}) has no service software update waiting.`,
        `OpenSearch domain ${domain.name} (${version}) has a service software update waiting.`,
      );
    });
  },
});
