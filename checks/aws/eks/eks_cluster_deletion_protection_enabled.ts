import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'eks_cluster_deletion_protection_enabled',
  uses: { eks: ['clusters'] },
  run({ eks }, report) {
    report.each(eks.clusters, (cluster) =>
      // Only an explicit "off" fails: Prowler passes a cluster whose description leaves the setting out.
      verdict(
        need(cluster.configuration).deletionProtection !== false,
        `EKS cluster ${cluster.name} has deletion protection on.`,
        `EKS cluster ${cluster.name} has deletion protection off.`,
      ),
    );
  },
});
