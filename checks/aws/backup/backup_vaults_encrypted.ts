import { defineCheck, verdict } from '../../../src/checks/check.js';

export default defineCheck({
  id: 'backup_vaults_encrypted',
  uses: { backup: ['vaults'] },
  run({ backup }, report) {
    report.each(backup.vaults, (vault) =>
      verdict(
        vault.encryptionKeyArn !== null,
        `Backup vault ${vault.name} encrypts its recovery points with KMS key ${vault.encryptionKeyArn ?? ''}.`,
        `Backup vault ${vault.name} names no KMS key to encrypt its recovery points.`,
      ),
    );
  },
});
