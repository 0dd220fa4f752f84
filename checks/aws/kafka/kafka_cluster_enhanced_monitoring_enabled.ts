import { defineCheck, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kafka_cluster_enhanced_monitoring_enabled',
  uses: { kafka: ['clusters'] },
  run({ kafka }, report) {
    report.each(kafka.clusters, (cluster) => {
      if (cluster.serverless) return pass(`MSK cluster ${cluster.name} is serverless, whose monitoring AWS manages.`);
      return verdict(
        cluster.enhancedMonitoring !== 'DEFAULT',
        `MSK cluster ${cluster.name} has enhanced monitoring at level ${cluster.enhancedMonitoring}.`,
        `MSK cluster ${cluster.name} has only the default monitoring level.`,
      );
    });
  },
});
