import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'eks_cluster_private_nodes_enabled',
  uses: { eks: ['clusters'] },
  run({ eks }, report) {
    report.each(eks.clusters, (cluster) =>
      verdict(
        need(cluster.configuration).endpointPrivateAccess === true,
        `EKS cluster ${cluster.name} has private endpoint access on, so its nodes reach the API privately.`,
        `EKS cluster ${cluster.name} has private endpoint access off.`,
      ),
    );
  },
});
