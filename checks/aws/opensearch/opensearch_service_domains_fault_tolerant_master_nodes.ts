import { defineCheck, fail, need, verdict } from '../../../src/checks/check.js';

/** Fewest dedicated master nodes that keep a quorum after losing one. */
const MIN_MASTER_NODES = 3;

export default defineCheck({
  id: 'opensearch_service_domains_fault_tolerant_master_nodes',
  uses: { opensearch: ['domains'] },
  run({ opensearch }, report) {
    report.each(opensearch.domains, (domain) => {
      const { dedicatedMasterEnabled, dedicatedMasterCount } = need(domain.settings);
      if (!dedicatedMasterEnabled) return fail(`OpenSearch domain ${domain.name} has no dedicated master nodes.`);
      return verdict(
        dedicatedMasterCount >= MIN_MASTER_NODES,
        `OpenSearch domain ${domain.name} has ${dedicatedMasterCount} dedicated master nodes.`,
        `OpenSearch domain ${domain.name} has ${dedicatedMasterCount} dedicated master nodes, fewer than ${MIN_MASTER_NODES}.`,
      );
    });
  },
});
