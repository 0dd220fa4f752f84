import { CreateVaultCommand, GlacierClient } from '@aws-sdk/client-glacier';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

// moto 5.2.1 has no GetVaultAccessPolicy: vault policies are tested in test/unit/services/glacier.test.ts.
describe('Glacier collections against moto', () => {
  beforeEach(resetMoto);

  it('reads vaults per region', async () => {
    await new GlacierClient(seedConfig('eu-west-1')).send(new CreateVaultCommand({ accountId: '-', vaultName: 'records' }));
    await new GlacierClient(seedConfig('us-east-1')).send(new CreateVaultCommand({ accountId: '-', vaultName: 'archive' }));

    const glacier = await loadService(await motoScope(REGIONS), 'glacier', ['vaults']);

    expect(failuresIn(glacier)).toEqual([]);
    expect(readAll(glacier.vaults).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { arn: `arn:aws:glacier:us-east-1:${MOTO_ACCOUNT}:vaults/archive`, id: 'archive', name: 'archive', region: 'us-east-1', tags: {} },
      { arn: `arn:aws:glacier:eu-west-1:${MOTO_ACCOUNT}:vaults/records`, id: 'records', name: 'records', region: 'eu-west-1', tags: {} },
    ]);
  });
});
