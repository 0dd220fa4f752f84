import { CreateConnectionCommand, DirectConnectClient, type CreateConnectionCommandInput } from '@aws-sdk/client-direct-connect';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/**
 * Creates a connection. moto 5.2.1 answers loaIssueTime as text, which the SDK cannot parse, so
 * the answer's failure is expected; the connection exists all the same and is found by name.
 */
async function createConnection(client: DirectConnectClient, input: CreateConnectionCommandInput): Promise<void> {
  await client.send(new CreateConnectionCommand(input)).catch((error: unknown) => {
    if (!(error instanceof Error && /Expected real number/.test(error.message))) throw error;
  });
}

describe('Direct Connect collections against moto', () => {
  beforeEach(resetMoto);

  it('lists connections with their locations per region, despite the text timestamps moto answers with', async () => {
    const west = new DirectConnectClient(seedConfig('eu-west-1'));
    const east = new DirectConnectClient(seedConfig('us-east-1'));
    await createConnection(west, { location: 'EqDC2', bandwidth: '1Gbps', connectionName: 'primary', tags: [{ key: 'team', value: 'net' }] });
    await createConnection(west, { location: 'CSVA1', bandwidth: '1Gbps', connectionName: 'secondary' });
    await createConnection(east, { location: 'EqDC2', bandwidth: '10Gbps', connectionName: 'only' });

    const directconnect = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'directconnect', ['connections']);

    expect(failuresIn(directconnect)).toEqual([]);
    const named = (name: string) => readAll(directconnect.connections).find((connection) => connection.name === name);
    const primary = named('primary');
    // moto's connection IDs look like ARNs; AWS's are dxcon-xxxx. The ARN is built from it all the same, as in Prowler.
    expect(primary?.id).toContain('primary');
    expect(primary).toEqual({
      arn: `arn:aws:directconnect:eu-west-1:${MOTO_ACCOUNT}:dxcon/${primary?.id}`,
      id: primary?.id,
      name: 'primary',
      region: 'eu-west-1',
      tags: { team: 'net' },
      location: 'EqDC2',
    });
    expect(named('secondary')).toMatchObject({ region: 'eu-west-1', location: 'CSVA1' });
    expect(named('only')).toMatchObject({ region: 'us-east-1', location: 'EqDC2' });
    expect(directconnect.connections.all()).toHaveLength(3);
  });

  // moto 5.2.1 has no DescribeVirtualInterfaces; test/unit/services/directconnect.test.ts reads gateways from a mock.
  it('a region whose virtual interfaces cannot be listed records the failure instead of listing no gateways', async () => {
    const directconnect = await loadService(await motoScope(['eu-west-1']), 'directconnect', ['gateways']);
    expect(() => directconnect.gateways.all()).toThrow(/DescribeVirtualInterfaces failed in eu-west-1/);
  });
});
