import { defineCheck, notApplicable, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'fsx_file_system_copy_tags_to_volumes_enabled',
  uses: { fsx: ['fileSystems'] },
  run({ fsx }, report) {
    report.each(fsx.fileSystems, (fileSystem) => {
      if (fileSystem.copyTagsToVolumes === null) return notApplicable(`${fileSystem.type} file systems have no copy-tags-to-volumes setting`);
      return verdict(
        fileSystem.copyTagsToVolumes,
        `FSx file system ${fileSystem.id} copies its tags to its volumes.`,
        `FSx file system ${fileSystem.id} does not copy its tags to its volumes.`,
      );
    });
  },
});
