import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'backup_recovery_point_encrypted',
  uses: { backup: ['recoveryPoints'] },
  config: ['max_backup_recovery_points', 'max_scanned_resources_per_service'],
  run({ backup }, report) {
    report.each(backup.recoveryPoints, (point) =>
      verdict(
        point.encrypted,
        `Recovery point ${point.id} of backup vault ${point.vaultName} is encrypted at rest.`,
        `Recovery point ${point.id} of backup vault ${point.vaultName} is not encrypted at rest.`,
      ),
    );
  },
});
