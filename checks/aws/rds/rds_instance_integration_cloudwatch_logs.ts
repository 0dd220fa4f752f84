import { defineCheck, verdict } from '../../../src/checks/check.js';
import { judgedByRdsChecks, LEFT_TO_DOCUMENTDB } from '../../../src/checks/rds.js';

export default defineCheck({
  id: 'rds_instance_integration_cloudwatch_logs',
  uses: { rds: ['instances'] },
  run({ rds }, report) {
    report.each(rds.instances, (instance) => {
      if (!judgedByRdsChecks(instance)) return LEFT_TO_DOCUMENTDB;
      return verdict(
        instance.cloudwatchLogsExports.length > 0,
        `RDS instance ${instance.id} sends ${instance.cloudwatchLogsExports.join(', ')} logs to CloudWatch Logs.`,
        `RDS instance ${instance.id} sends no logs to CloudWatch Logs.`,
      );
    });
  },
});
