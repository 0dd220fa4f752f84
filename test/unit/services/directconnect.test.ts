import { DescribeVirtualInterfacesCommand, DirectConnectClient } from '@aws-sdk/client-direct-connect';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const arn = (region: string, resource: string) => `arn:aws:directconnect:${region}:${FIXTURE_ACCOUNT.id}:${resource}`;

// moto 5.2.1 has no DescribeVirtualInterfaces.
describe('Direct Connect gateways', () => {
  const directConnect = mockClient(DirectConnectClient);
  afterEach(() => directConnect.reset());
  afterAll(() => directConnect.restore());

  it('groups every page of each region virtual interfaces by the gateways they attach to', async () => {
    directConnect.on(DescribeVirtualInterfacesCommand).callsFake(async (input: { nextToken?: string; maxResults?: number }, getClient: () => DirectConnectClient) => {
      expect(input.maxResults).toBe(100);
      const region = await getClient().config.region();
      if (region === 'us-east-1') return { virtualInterfaces: [{ virtualInterfaceId: 'dxvif-9', virtualGatewayId: '', directConnectGatewayId: 'dxgw-1', connectionId: 'dxcon-9' }] };
      return input.nextToken
        ? { virtualInterfaces: [{ virtualInterfaceId: 'dxvif-3', virtualGatewayId: 'vgw-1', connectionId: 'dxcon-1' }] }
        : {
            virtualInterfaces: [
              { virtualInterfaceId: 'dxvif-1', virtualGatewayId: 'vgw-1', connectionId: 'dxcon-1' },
              { virtualInterfaceId: 'dxvif-2', virtualGatewayId: 'vgw-2', directConnectGatewayId: 'dxgw-1', connectionId: 'dxcon-2' },
            ],
            nextToken: 'page-2',
          };
    });

    const loaded = await loadService(scope(), 'directconnect', ['gateways']);

    const gateways = readAll(loaded.gateways).sort((a, b) => a.arn.localeCompare(b.arn));
    expect(gateways).toEqual([
      { arn: arn('eu-west-1', 'dx-gateway/dxgw-1'), id: 'dxgw-1', region: 'eu-west-1', tags: {}, kind: 'Direct Connect gateway', virtualInterfaceIds: ['dxvif-2'] },
      { arn: arn('eu-west-1', 'virtual-gateway/vgw-1'), id: 'vgw-1', region: 'eu-west-1', tags: {}, kind: 'virtual private gateway', virtualInterfaceIds: ['dxvif-1', 'dxvif-3'] },
      { arn: arn('eu-west-1', 'virtual-gateway/vgw-2'), id: 'vgw-2', region: 'eu-west-1', tags: {}, kind: 'virtual private gateway', virtualInterfaceIds: ['dxvif-2'] },
      // A Direct Connect gateway is global, but each region's interfaces make it a resource of that region.
      { arn: arn('us-east-1', 'dx-gateway/dxgw-1'), id: 'dxgw-1', region: 'us-east-1', tags: {}, kind: 'Direct Connect gateway', virtualInterfaceIds: ['dxvif-9'] },
    ]);
  });

  it('a listing that fails on a later page adds no gateway, since it would undercount their interfaces', async () => {
    directConnect.on(DescribeVirtualInterfacesCommand).callsFake((input: { nextToken?: string }) => {
      if (input.nextToken) throw Object.assign(new Error('denied'), { name: 'DirectConnectClientException', $metadata: { httpStatusCode: 400 } });
      return { virtualInterfaces: [{ virtualInterfaceId: 'dxvif-1', virtualGatewayId: 'vgw-1' }], nextToken: 'page-2' };
    });

    const loaded = await loadService({ ...scope(), account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1'] } }, 'directconnect', ['gateways']);

    expect(loaded.gateways.found()).toEqual([]);
    expect(() => loaded.gateways.all()).toThrow(/DescribeVirtualInterfaces failed in eu-west-1/);
  });

  it('a failed listing is recorded for its region only', async () => {
    directConnect.on(DescribeVirtualInterfacesCommand).callsFake(async (_input: unknown, getClient: () => DirectConnectClient) => {
      if ((await getClient().config.region()) === 'eu-west-1') throw Object.assign(new Error('denied'), { name: 'DirectConnectClientException', $metadata: { httpStatusCode: 400 } });
      return { virtualInterfaces: [] };
    });

    const loaded = await loadService(scope(), 'directconnect', ['gateways']);

    expect(loaded.gateways.all('us-east-1')).toEqual([]);
    expect(() => loaded.gateways.all('eu-west-1')).toThrow(/DescribeVirtualInterfaces failed in eu-west-1/);
  });
});
