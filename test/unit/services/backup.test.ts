import {
  BackupClient,
  GetBackupSelectionCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListBackupVaultsCommand,
  ListRecoveryPointsByBackupVaultCommand,
} from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG, type AwsConfig } from '../../../src/config/aws-config.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = (config: Partial<AwsConfig> = {}) => ({
  account: FIXTURE_ACCOUNT,
  clients: new ClientFactory({ credentials, limit: pLimit(4) }),
  config: { ...DEFAULT_AWS_CONFIG, ...config },
});
const planArn = (region: string, id: string) => `arn:aws:backup:${region}:111122223333:backup-plan:${id}`;
const denied = () => Object.assign(new Error('denied'), { name: 'AccessDeniedException' });

const backup = mockClient(BackupClient);
afterEach(() => backup.reset());
afterAll(() => backup.restore());

// moto 5.2.1 has neither ListBackupSelections nor GetBackupSelection.
describe('backup selections', () => {
  function plansIn(region: string, ...ids: string[]) {
    return { BackupPlansList: ids.map((id) => ({ BackupPlanArn: planArn(region, id), BackupPlanId: id, BackupPlanName: `plan-${id}`, VersionId: 'v1' })) };
  }

  it('reads what every selection of every plan covers, one GetBackupSelection per selection', async () => {
    backup.on(ListBackupPlansCommand).callsFake(async (_input, getClient: () => BackupClient) =>
      (await getClient().config.region()) === 'eu-west-1' ? plansIn('eu-west-1', 'p1') : plansIn('us-east-1'),
    );
    backup.on(ListBackupSelectionsCommand, { BackupPlanId: 'p1' }).resolves({
      BackupSelectionsList: [{ SelectionId: 's1' }, { SelectionId: 's2' }],
    });
    backup.on(GetBackupSelectionCommand, { BackupPlanId: 'p1', SelectionId: 's1' }).resolves({
      BackupSelection: { SelectionName: 'volumes', IamRoleArn: 'arn:aws:iam::111122223333:role/backup', Resources: ['arn:aws:ec2:*:*:volume/*'] },
    });
    backup.on(GetBackupSelectionCommand, { BackupPlanId: 'p1', SelectionId: 's2' }).resolves({
      BackupSelection: { SelectionName: 'by-tag', IamRoleArn: 'arn:aws:iam::111122223333:role/backup' },
    });

    const loaded = await loadService(scope(), 'backup', ['plans', 'selections']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.plans)).toEqual([
      { arn: planArn('eu-west-1', 'p1'), id: 'p1', name: 'plan-p1', region: 'eu-west-1', tags: {}, versionId: 'v1', lastExecutionDate: null },
    ]);
    expect(readAll(loaded.selections)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 's1', name: 'volumes', region: 'eu-west-1', planId: 'p1', resources: ['arn:aws:ec2:*:*:volume/*'] }),
        expect.objectContaining({ id: 's2', name: 'by-tag', resources: [] }),
      ]),
    );
    expect(backup.commandCalls(GetBackupSelectionCommand)).toHaveLength(2);
    expect(backup.commandCalls(ListBackupSelectionsCommand)[0]!.args[0].input).toMatchObject({ BackupPlanId: 'p1', MaxResults: 1000 });
  });

  it.each([
    { call: 'ListBackupPlans', deny: (b: typeof backup) => b.on(ListBackupPlansCommand).rejects(denied()) },
    { call: 'ListBackupSelections', deny: (b: typeof backup) => b.on(ListBackupSelectionsCommand).rejects(denied()) },
    { call: 'GetBackupSelection', deny: (b: typeof backup) => b.on(GetBackupSelectionCommand).rejects(denied()) },
  ])('a denied $call leaves the selections of that region unlisted, not empty', async ({ call, deny }) => {
    backup.on(ListBackupPlansCommand).resolves(plansIn('eu-west-1', 'p1'));
    backup.on(ListBackupSelectionsCommand).resolves({ BackupSelectionsList: [{ SelectionId: 's1' }] });
    backup.on(GetBackupSelectionCommand).resolves({ BackupSelection: { SelectionName: 'all', IamRoleArn: 'arn:aws:iam::111122223333:role/backup', Resources: ['*'] } });
    deny(backup);

    const loaded = await loadService(scope(), 'backup', ['selections']);

    expect(() => loaded.selections.all()).toThrow(new RegExp(call));
  });
});

// moto 5.2.1 has no ListRecoveryPointsByBackupVault.
describe('backup recovery points', () => {
  const vaultArn = (region: string, name: string) => `arn:aws:backup:${region}:111122223333:backup-vault:${name}`;
  const pointArn = (region: string, id: string) => `arn:aws:ec2:${region}::snapshot/${id}`;

  /** A vault in each region: eu-west-1's "primary" with two points, us-east-1's "copies" with one undated and one old point. */
  function seedVaults() {
    backup.on(ListBackupVaultsCommand).callsFake(async (_input, getClient: () => BackupClient) => {
      const region = await getClient().config.region();
      const name = region === 'eu-west-1' ? 'primary' : 'copies';
      return { BackupVaultList: [{ BackupVaultName: name, BackupVaultArn: vaultArn(region, name) }] };
    });
    backup.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'primary' }).resolves({
      RecoveryPoints: [
        { RecoveryPointArn: pointArn('eu-west-1', 'snap-new'), IsEncrypted: true, CreationDate: new Date('2026-11-30T00:00:00Z') },
        { RecoveryPointArn: pointArn('eu-west-1', 'snap-mid'), IsEncrypted: false, CreationDate: new Date('2026-10-01T00:00:00Z') },
      ],
    });
    backup.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'copies' }).resolves({
      RecoveryPoints: [
        { RecoveryPointArn: pointArn('us-east-1', 'snap-undated') },
        { RecoveryPointArn: pointArn('us-east-1', 'snap-old'), IsEncrypted: true, CreationDate: new Date('2025-01-01T00:00:00Z') },
      ],
    });
  }

  it("reads every vault's points in the vault's region, one listing per vault", async () => {
    seedVaults();

    const loaded = await loadService(scope(), 'backup', ['recoveryPoints']);

    expect(failuresIn(loaded)).toEqual([]);
    expect(readAll(loaded.recoveryPoints).map(({ id, region, vaultName, encrypted }) => ({ id, region, vaultName, encrypted }))).toEqual([
      { id: 'snapshot/snap-new', region: 'eu-west-1', vaultName: 'primary', encrypted: true },
      { id: 'snapshot/snap-mid', region: 'eu-west-1', vaultName: 'primary', encrypted: false },
      { id: 'snapshot/snap-old', region: 'us-east-1', vaultName: 'copies', encrypted: true },
      { id: 'snapshot/snap-undated', region: 'us-east-1', vaultName: 'copies', encrypted: false },
    ]);
    expect(backup.commandCalls(ListRecoveryPointsByBackupVaultCommand)).toHaveLength(2);
    expect(backup.commandCalls(ListRecoveryPointsByBackupVaultCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 1000 });
  });

  it.each([
    { limit: { max_backup_recovery_points: 2 }, kept: ['snap-new', 'snap-mid'] },
    { limit: { max_scanned_resources_per_service: 3 }, kept: ['snap-new', 'snap-mid', 'snap-old'] },
    { limit: { max_backup_recovery_points: 1, max_scanned_resources_per_service: 3 }, kept: ['snap-new'] },
    { limit: { max_backup_recovery_points: -1, max_scanned_resources_per_service: 1 }, kept: ['snap-new', 'snap-mid', 'snap-old', 'snap-undated'] },
  ])('keeps only the account-wide newest points under $limit', async ({ limit, kept }) => {
    seedVaults();

    const loaded = await loadService(scope(limit), 'backup', ['recoveryPoints']);

    expect(loaded.recoveryPoints.all().map((point) => point.arn.split('/').at(-1))).toEqual(kept);
  });

  it.each([
    { call: 'ListBackupVaults', deny: (b: typeof backup) => b.on(ListBackupVaultsCommand).rejects(denied()) },
    { call: 'ListRecoveryPointsByBackupVault', deny: (b: typeof backup) => b.on(ListRecoveryPointsByBackupVaultCommand).rejects(denied()) },
  ])('a denied $call leaves the recovery points of that region unlisted, not empty', async ({ call, deny }) => {
    seedVaults();
    deny(backup);

    const loaded = await loadService(scope(), 'backup', ['recoveryPoints']);

    expect(() => loaded.recoveryPoints.all('eu-west-1')).toThrow(new RegExp(call));
  });
});

