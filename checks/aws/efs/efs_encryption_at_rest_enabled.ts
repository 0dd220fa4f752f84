import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'efs_encryption_at_rest_enabled',
  uses: { efs: ['fileSystems'] },
  run({ efs }, report) {
    report.each(efs.fileSystems, (fileSystem) =>
      verdict(fileSystem.encrypted, `EFS file system ${fileSystem.id} is encrypted at rest.`, `EFS file system ${fileSystem.id} is not encrypted at rest.`),
    );
  },
});
