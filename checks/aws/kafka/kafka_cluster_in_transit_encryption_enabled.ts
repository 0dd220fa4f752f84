import { defineCheck, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kafka_cluster_in_transit_encryption_enabled',
  uses: { kafka: ['clusters'] },
  run({ kafka }, report) {
    report.each(kafka.clusters, (cluster) => {
      if (cluster.serverless) return pass(`MSK cluster ${cluster.name} is serverless, which always encrypts data in transit.`);
      return verdict(
        cluster.clientBrokerEncryption === 'TLS' && cluster.inClusterEncryption,
        `MSK cluster ${cluster.name} encrypts traffic with clients and between brokers.`,
        `MSK cluster ${cluster.name} does not encrypt all traffic in transit (clients: ${cluster.clientBrokerEncryption}, between brokers: ${cluster.inClusterEncryption ? 'encrypted' : 'plaintext'}).`,
      );
    });
  },
});
