import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticbeanstalk_environment_enhanced_health_reporting',
  uses: { elasticbeanstalk: ['environments'] },
  run({ elasticbeanstalk }, report) {
    report.each(elasticbeanstalk.environments, (environment) =>
      verdict(
        need(environment.settings).healthReportingSystem === 'enhanced',
        `Elastic Beanstalk environment ${environment.name} uses enhanced health reporting.`,
        `Elastic Beanstalk environment ${environment.name} does not use enhanced health reporting.`,
      ),
    );
  },
});
