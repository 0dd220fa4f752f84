import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticbeanstalk_environment_cloudwatch_logging_enabled',
  uses: { elasticbeanstalk: ['environments'] },
  run({ elasticbeanstalk }, report) {
    report.each(elasticbeanstalk.environments, (environment) =>
      verdict(
        need(environment.settings).streamLogs === 'true',
        `Elastic Beanstalk environment ${environment.name} streams its logs to CloudWatch Logs.`,
        `Elastic Beanstalk environment ${environment.name} does not stream its logs to CloudWatch Logs.`,
      ),
    );
  },
});
