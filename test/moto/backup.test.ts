import { BackupClient, CreateBackupPlanCommand } from '@aws-sdk/client-backup';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

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
});
