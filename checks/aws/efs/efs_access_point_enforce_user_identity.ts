import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'efs_access_point_enforce_user_identity',
  uses: { efs: ['fileSystems', 'accessPoints'] },
  run({ efs }, report) {
    report.each(efs.fileSystems, (fileSystem) => {
      const accessPoints = efs.accessPoints.all(fileSystem.region).filter((accessPoint) => accessPoint.fileSystemId === fileSystem.id);
      if (accessPoints.length === 0) return notApplicable('the file system has no access point');
      const withoutUser = accessPoints.filter((accessPoint) => !accessPoint.enforcesUserIdentity);
      return verdict(
        withoutUser.length === 0,
        `EFS file system ${fileSystem.id} has a POSIX user set on every access point.`,
        `EFS file system ${fileSystem.id} has access points without a POSIX user: ${withoutUser.map((accessPoint) => accessPoint.id).join(', ')}.`,
      );
    });
  },
});
