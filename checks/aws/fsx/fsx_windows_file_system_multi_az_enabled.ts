import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'fsx_windows_file_system_multi_az_enabled',
  uses: { fsx: ['fileSystems'] },
  run({ fsx }, report) {
    report.each(fsx.fileSystems, (fileSystem) => {
      if (fileSystem.type !== 'WINDOWS') return notApplicable('not a Windows File Server file system');
      // A Multi-AZ deployment places its preferred and standby file servers in two subnets.
      return verdict(
        fileSystem.subnetIds.length > 1,
        `FSx for Windows file system ${fileSystem.id} is deployed across Availability Zones.`,
        `FSx for Windows file system ${fileSystem.id} is deployed in a single Availability Zone.`,
      );
    });
  },
});
