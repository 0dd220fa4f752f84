import { CreateServerCommand, TransferClient } from '@aws-sdk/client-transfer';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

describe('Transfer Family collections against moto', () => {
  beforeEach(resetMoto);

  it('lists and describes servers in every scanned region', async () => {
    const west = await new TransferClient(seedConfig('eu-west-1')).send(new CreateServerCommand({ Protocols: ['SFTP', 'FTP'], SecurityPolicyName: 'TransferSecurityPolicy-2018-11' }));
    const east = await new TransferClient(seedConfig('us-east-1')).send(new CreateServerCommand({ Protocols: ['SFTP'], SecurityPolicyName: 'TransferSecurityPolicy-2025-03' }));

    const transfer = await loadService(await motoScope(REGIONS), 'transfer');

    expect(failuresIn(transfer)).toEqual([]);
    expect(readAll(transfer.servers).map(({ id, region, configuration }) => ({ id, region, configuration }))).toEqual(
      expect.arrayContaining([
        { id: west.ServerId, region: 'eu-west-1', configuration: { protocols: ['SFTP', 'FTP'], securityPolicyName: 'TransferSecurityPolicy-2018-11' } },
        { id: east.ServerId, region: 'us-east-1', configuration: { protocols: ['SFTP'], securityPolicyName: 'TransferSecurityPolicy-2025-03' } },
      ]),
    );
  });
});
