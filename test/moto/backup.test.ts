import { BackupClient, CreateBackupPlanCommand, CreateBackupVaultCommand, CreateReportPlanCommand } from '@aws-sdk/client-backup';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const dailyPlan = (name: string) => ({
  BackupPlan: { BackupPlanName: name, Rules: [{ RuleName: 'daily', TargetBackupVaultName: 'Default', ScheduleExpression: 'cron(0 5 * * ? *)' }] },
});

describe('Backup collections against moto', () => {
  beforeEach(resetMoto);

  it('reads backup plans per region', async () => {
    const east = await new BackupClient(seedConfig('us-east-1')).send(new CreateBackupPlanCommand(dailyPlan('daily-east')));
    const west = await new BackupClient(seedConfig('eu-west-1')).send(new CreateBackupPlanCommand(dailyPlan('daily-west')));

    const backup = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'backup', ['plans']);

    expect(failuresIn(backup)).toEqual([]);
    expect(readAll(backup.plans).map(({ arn, id, name, region, versionId }) => ({ arn, id, name, region, versionId }))).toEqual(
      expect.arrayContaining([
        { arn: east.BackupPlanArn, id: east.BackupPlanId, name: 'daily-east', region: 'us-east-1', versionId: east.VersionId },
        { arn: west.BackupPlanArn, id: west.BackupPlanId, name: 'daily-west', region: 'eu-west-1', versionId: west.VersionId },
      ]),
    );
    expect(backup.plans.all()).toHaveLength(2);
  });

  it('leaves selections unlisted where the emulator lacks ListBackupSelections, never empty', async () => {
    await new BackupClient(seedConfig('us-east-1')).send(new CreateBackupPlanCommand(dailyPlan('daily-east')));

    const backup = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'backup', ['selections']);

    expect(failuresIn(backup).map(({ region, operation }) => ({ region, operation }))).toEqual([{ region: 'us-east-1', operation: 'ListBackupSelections' }]);
    expect(() => backup.selections.all()).toThrow(/ListBackupSelections/);
    expect(backup.selections.all('eu-west-1')).toEqual([]);
  });

  it('reads vaults with their encryption key and report plans, per region', async () => {
    const keyArn = `arn:aws:kms:us-east-1:${MOTO_ACCOUNT}:key/backup-key`;
    const east = new BackupClient(seedConfig('us-east-1'));
    const sealed = await east.send(new CreateBackupVaultCommand({ BackupVaultName: 'sealed', EncryptionKeyArn: keyArn }));
    const report = await east.send(
      new CreateReportPlanCommand({
        ReportPlanName: 'weekly',
        ReportDeliveryChannel: { S3BucketName: 'backup-reports' },
        ReportSetting: { ReportTemplate: 'BACKUP_JOB_REPORT' },
      }),
    );
    const bare = await new BackupClient(seedConfig('eu-west-1')).send(new CreateBackupVaultCommand({ BackupVaultName: 'bare' }));

    const backup = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'backup', ['vaults', 'reportPlans']);

    expect(failuresIn(backup)).toEqual([]);
    const vaults = Object.fromEntries(readAll(backup.vaults).map((vault) => [vault.name, vault] as const));
    expect(vaults.sealed).toEqual({ arn: sealed.BackupVaultArn, id: 'sealed', name: 'sealed', region: 'us-east-1', tags: {}, encryptionKeyArn: keyArn });
    expect(vaults.bare).toEqual({ arn: bare.BackupVaultArn, id: 'bare', name: 'bare', region: 'eu-west-1', tags: {}, encryptionKeyArn: null });
    expect(readAll(backup.reportPlans)).toEqual([{ arn: report.ReportPlanArn, id: 'weekly', name: 'weekly', region: 'us-east-1', tags: {} }]);
  });

  it('leaves recovery points unlisted where the emulator lacks ListRecoveryPointsByBackupVault, never empty', async () => {
    await new BackupClient(seedConfig('eu-west-1')).send(new CreateBackupVaultCommand({ BackupVaultName: 'bare' }));

    const backup = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'backup', ['recoveryPoints']);

    expect(failuresIn(backup).map(({ region, operation }) => ({ region, operation }))).toEqual([{ region: 'eu-west-1', operation: 'ListRecoveryPointsByBackupVault' }]);
    expect(() => backup.recoveryPoints.all()).toThrow(/ListRecoveryPointsByBackupVault/);
  });
});
