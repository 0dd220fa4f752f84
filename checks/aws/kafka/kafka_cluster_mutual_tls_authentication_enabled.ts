import { defineCheck, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kafka_cluster_mutual_tls_authentication_enabled',
  uses: { kafka: ['clusters'] },
  run({ kafka }, report) {
    report.each(kafka.clusters, (cluster) => {
      if (cluster.serverless) return pass(`MSK cluster ${cluster.name} is serverless, which always authenticates clients over TLS.`);
      return verdict(
        cluster.tlsAuthentication,
        `MSK cluster ${cluster.name} authenticates clients with TLS certificates.`,
        `MSK cluster ${cluster.name} does not authenticate clients with TLS certificates.`,
      );
    });
  },
});
