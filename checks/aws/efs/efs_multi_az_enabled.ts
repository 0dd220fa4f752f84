import { defineCheck, fail, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'efs_multi_az_enabled',
  uses: { efs: ['fileSystems'] },
  run({ efs }, report) {
    report.each(efs.fileSystems, (fileSystem) => {
      const subject = `EFS file system ${fileSystem.id}`;
      if (fileSystem.availabilityZoneId !== null) return fail(`${subject} is a One Zone file system (${fileSystem.availabilityZoneId}).`);
      return verdict(
        fileSystem.numberOfMountTargets > 1,
        `${subject} is Regional with ${fileSystem.numberOfMountTargets} mount targets.`,
        `${subject} is Regional but has ${fileSystem.numberOfMountTargets === 0 ? 'no mount target' : 'a single mount target'}.`,
      );
    });
  },
});
