import { defineCheck, need, verdict } from '../../../src/checks/check.js';

/** Backup statuses that mean automatic backups are off or being turned off. */
const BACKUPS_OFF = new Set(['DISABLED', 'DISABLING']);

export default defineCheck({
  id: 'efs_have_backup_enabled',
  uses: { efs: ['fileSystemBackupPolicies'] },
  run({ efs }, report) {
    report.each(efs.fileSystemBackupPolicies, (fileSystem) => {
      const status = need(fileSystem.backupStatus);
      return verdict(
        !BACKUPS_OFF.has(status),
        `EFS file system ${fileSystem.id} has automatic backups on (${status}).`,
        `EFS file system ${fileSystem.id} has automatic backups off (${status}).`,
      );
    });
  },
});
