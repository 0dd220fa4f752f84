import { defineCheck, verdict } from '../../../src/checks/check.js';
import { NEPTUNE, ofFamily } from '../../../src/checks/engine-family.js';

export default defineCheck({
  id: 'neptune_cluster_integration_cloudwatch_logs',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(NEPTUNE, (cluster) =>
        verdict(cluster.cloudwatchLogsExports.includes('audit'), `Neptune cluster ${cluster.id} publishes its audit log to CloudWatch Logs.`, `Neptune cluster ${cluster.id} does not publish its audit log to CloudWatch Logs.`),
      ),
    );
  },
});
