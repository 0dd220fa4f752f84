import { defineCheck, fail, pass, rated } from '../../../src/checks/check.js';
import { DOCUMENTDB, ofFamily } from '../../../src/checks/engine-family.js';

const WANTED_LOGS = ['audit', 'profiler'];

export default defineCheck({
  id: 'documentdb_cluster_cloudwatch_log_export',
  uses: { rds: ['clusters'] },
  run({ rds }, report) {
    report.each(
      rds.clusters,
      ofFamily(DOCUMENTDB, (cluster) => {
        const label = `DocumentDB cluster ${cluster.id}`;
        const exported = WANTED_LOGS.filter((log) => cluster.cloudwatchLogsExports.includes(log));
        if (exported.length === WANTED_LOGS.length) return pass(`${label} exports its audit and profiler logs to CloudWatch Logs.`);
        // Prowler rates exporting one of the two as a lesser problem than exporting neither.
        if (exported.length > 0) return rated(fail(`${label} exports only its ${exported.join(' and ')} log to CloudWatch Logs, not both audit and profiler.`), 'low');
        return fail(`${label} exports neither its audit nor its profiler log to CloudWatch Logs.`);
      }),
    );
  },
});
