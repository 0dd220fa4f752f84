import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'efs_access_point_enforce_root_directory',
  uses: { efs: ['fileSystems', 'accessPoints'] },
  run({ efs }, report) {
    report.each(efs.fileSystems, (fileSystem) => {
      const accessPoints = efs.accessPoints.all(fileSystem.region).filter((accessPoint) => accessPoint.fileSystemId === fileSystem.id);
      if (accessPoints.length === 0) return notApplicable('the file system has no access point');
      const atRoot = accessPoints.filter((accessPoint) => accessPoint.rootDirectoryPath === '/');
      return verdict(
        atRoot.length === 0,
        `EFS file system ${fileSystem.id} has no access point exposing its root directory.`,
        `EFS file system ${fileSystem.id} has access points exposing its root directory: ${atRoot.map((accessPoint) => accessPoint.id).join(', ')}.`,
      );
    });
  },
});
