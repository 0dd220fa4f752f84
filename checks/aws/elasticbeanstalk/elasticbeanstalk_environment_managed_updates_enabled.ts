import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'elasticbeanstalk_environment_managed_updates_enabled',
  uses: { elasticbeanstalk: ['environments'] },
  run({ elasticbeanstalk }, report) {
    report.each(elasticbeanstalk.environments, (environment) =>
      verdict(
        need(environment.settings).managedActionsEnabled === 'true',
        `Elastic Beanstalk environment ${environment.name} has managed platform updates enabled.`,
        `Elastic Beanstalk environment ${environment.name} does not have managed platform updates enabled.`,
      ),
    );
  },
});
