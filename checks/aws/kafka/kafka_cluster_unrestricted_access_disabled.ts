import { defineCheck, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kafka_cluster_unrestricted_access_disabled',
  uses: { kafka: ['clusters'] },
  run({ kafka }, report) {
    report.each(kafka.clusters, (cluster) => {
      if (cluster.serverless) return pass(`MSK cluster ${cluster.name} is serverless, which always requires clients to authenticate.`);
      return verdict(
        !cluster.unauthenticatedAccess,
        `MSK cluster ${cluster.name} requires clients to authenticate.`,
        `MSK cluster ${cluster.name} lets clients connect without authenticating.`,
      );
    });
  },
});
