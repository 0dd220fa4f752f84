import { BackupClient, GetBackupSelectionCommand, ListBackupPlansCommand, ListBackupSelectionsCommand } from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const planArn = (region: string, id: string) => `arn:aws:backup:${region}:111122223333:backup-plan:${id}`;
const denied = () => Object.assign(new Error('denied'), { name: 'AccessDeniedException' });

// moto 5.2.1 has neither ListBackupSelections nor GetBackupSelection.
describe('backup selections', () => {
  const backup = mockClient(BackupClient);
  afterEach(() => backup.reset());
  afterAll(() => backup.restore());

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
