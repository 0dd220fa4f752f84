import { defineCheck, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kafka_cluster_is_public',
  uses: { kafka: ['clusters'] },
  run({ kafka }, report) {
    report.each(kafka.clusters, (cluster) => {
      if (cluster.serverless) return pass(`MSK cluster ${cluster.name} is serverless, which is never reachable from the Internet.`);
      return verdict(
        !cluster.publicAccess,
        `MSK cluster ${cluster.name} is not reachable from the Internet.`,
        `MSK cluster ${cluster.name} has public access turned on.`,
      );
    });
  },
});
