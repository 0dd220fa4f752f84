import { defineCheck, notApplicable, pass, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'kafka_cluster_uses_latest_version',
  uses: { kafka: ['clusters', 'versions'] },
  run({ kafka }, report) {
    report.each(kafka.clusters, (cluster) => {
      if (cluster.serverless) return pass(`MSK cluster ${cluster.name} is serverless, whose Kafka version AWS keeps current.`);
      // MSK lists its versions oldest first: the last one is the newest.
      const latest = kafka.versions.all(cluster.region).at(-1);
      if (!latest) return notApplicable(`MSK listed no Kafka versions in ${cluster.region}`);
      return verdict(
        cluster.kafkaVersion === latest.id,
        `MSK cluster ${cluster.name} runs Kafka ${latest.id}, the newest version.`,
        `MSK cluster ${cluster.name} runs Kafka ${cluster.kafkaVersion ?? 'of no known version'}, not the newest version ${latest.id}.`,
      );
    });
  },
});
