import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'opensearch_service_domains_access_control_enabled',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) =>
      verdict(
        need(domain.settings).fineGrainedAccessControl,
        `OpenSearch domain ${domain.name} has fine-grained access control enabled.`,
        `OpenSearch domain ${domain.name} does not have fine-grained access control enabled.`,
      ),
    );
  },
});
