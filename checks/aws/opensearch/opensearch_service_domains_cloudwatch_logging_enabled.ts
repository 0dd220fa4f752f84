import { defineCheck, need, verdict } from '../../../src/checks/check.js';
import { listInProse } from '../../../src/checks/port-exposure.js';

/** The slow logs that must both be published to CloudWatch Logs. */
const SLOW_LOGS = ['SEARCH_SLOW_LOGS', 'INDEX_SLOW_LOGS'];

export default defineCheck({
  id: 'opensearch_service_domains_cloudwatch_logging_enabled',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) => {
      const enabled = need(domain.settings).enabledLogTypes;
      const missing = SLOW_LOGS.filter((type) => !enabled.includes(type));
      return verdict(
        missing.length === 0,
        `OpenSearch domain ${domain.name} publishes ${listInProse(SLOW_LOGS)}.`,
        `OpenSearch domain ${domain.name} does not publish ${listInProse(missing)}.`,
      );
    });
  },
});
