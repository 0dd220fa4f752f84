import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** Fewest data nodes for a domain to survive the loss of one. */
const MIN_DATA_NODES = 3;

export default defineCheck({
  id: 'opensearch_service_domains_fault_tolerant_data_nodes',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) => {
      const { dataNodeCount, zoneAwareness } = need(domain.settings);
      const shortfalls = [
        ...(dataNodeCount < MIN_DATA_NODES ? [`has ${dataNodeCount} data nodes (fewer than ${MIN_DATA_NODES})`] : []),
        ...(zoneAwareness ? [] : ['does not have zone awareness enabled']),
      ];
      return verdict(
        shortfalls.length === 0,
        `OpenSearch domain ${domain.name} has ${dataNodeCount} data nodes spread across zones.`,
        `OpenSearch domain ${domain.name} is not fault tolerant: it ${shortfalls.join(' and ')}.`,
      );
    });
  },
});
