import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'eks_cluster_not_publicly_accessible',
  uses: { eks: ['clusters'] },
  run({ eks }, report) {
    report.each(eks.clusters, (cluster) => {
      const { endpointPublicAccess, publicAccessCidrs } = need(cluster.configuration);
      return verdict(
        !(endpointPublicAccess === true && publicAccessCidrs.includes('0.0.0.0/0')),
        `EKS cluster ${cluster.name} does not open its API endpoint to the whole Internet.`,
        `EKS cluster ${cluster.name} has a public API endpoint open to 0.0.0.0/0.`,
      );
    });
  },
});
