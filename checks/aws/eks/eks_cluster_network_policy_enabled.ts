import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'eks_cluster_network_policy_enabled',
  uses: { eks: ['clusters'] },
  run({ eks }, report) {
    report.each(eks.clusters, (cluster) => {
      const { securityGroupId } = need(cluster.configuration);
      return verdict(
        securityGroupId !== null,
        `EKS cluster ${cluster.name} restricts network traffic with cluster security group ${securityGroupId}.`,
        `EKS cluster ${cluster.name} has no cluster security group to restrict network traffic.`,
      );
    });
  },
});
