import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

/** The cluster engines whose logs Prowler expects in CloudWatch Logs. */
const LOGGING_ENGINES = new Set(['aurora-mysql', 'aurora-postgresql', 'mysql', 'postgres']);

export default defineCheck({
  id: 'rds_cluster_integration_cloudwatch_logs',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(rds.clusters, (cluster) => {
      if (!LOGGING_ENGINES.has(cluster.engine)) return notApplicable(`${cluster.engine} clusters are not judged for log exports.`);
      return verdict(
        cluster.cloudwatchLogsExports.length > 0,
        `RDS cluster ${cluster.id} sends ${cluster.cloudwatchLogsExports.join(', ')} logs to CloudWatch Logs.`,
        `RDS cluster ${cluster.id} sends no logs to CloudWatch Logs.`,
      );
    });
  },
});
