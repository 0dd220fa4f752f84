import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'directoryservice_supported_mfa_radius_enabled',
  uses: { directoryservice: ['directories'] },
  run({ directoryservice }, report) {
    report.each(directoryservice.directories, (directory) => {
      const status = directory.radius.status;
      return verdict(
        status === 'Completed',
        `Directory ${directory.id} has RADIUS multi-factor authentication in service.`,
        status
          ? `Directory ${directory.id} has RADIUS multi-factor authentication ${status.toLowerCase()}, not in service.`
          : `Directory ${directory.id} has no RADIUS multi-factor authentication.`,
      );
    });
  },
});
