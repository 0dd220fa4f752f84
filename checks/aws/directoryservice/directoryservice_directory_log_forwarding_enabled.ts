import { defineCheck, need, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'directoryservice_directory_log_forwarding_enabled',
  uses: { directoryservice: ['directoryLogSubscriptions'] },
  run({ directoryservice }, report) {
    report.each(directoryservice.directoryLogSubscriptions, (directory) => {
      const logGroups = need(directory.logGroups);
      return verdict(
        logGroups.length > 0,
        `Directory ${directory.id} forwards its security logs to CloudWatch Logs (${logGroups.join(', ')}).`,
        `Directory ${directory.id} does not forward its security logs to CloudWatch Logs.`,
      );
    });
  },
});
