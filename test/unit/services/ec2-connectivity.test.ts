import { DescribeClientVpnEndpointsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });

// moto 5.2.1 has no DescribeClientVpnEndpoints.
describe('Client VPN endpoints', () => {
  const ec2 = mockClient(EC2Client);
  afterEach(() => ec2.reset());
  afterAll(() => ec2.restore());

  it('reads every page of every region, with whether each endpoint logs connections', async () => {
    ec2.on(DescribeClientVpnEndpointsCommand).callsFake(async (input: { NextToken?: string; MaxResults?: number }, getClient: () => EC2Client) => {
      expect(input.MaxResults).toBe(1000);
      const region = await getClient().config.region();
      if (region === 'us-east-1') return { ClientVpnEndpoints: [] };
      if (!input.NextToken) {
        return {
          ClientVpnEndpoints: [{ ClientVpnEndpointId: 'cvpn-endpoint-1', ConnectionLogOptions: { Enabled: true }, Tags: [{ Key: 'team', Value: 'net' }] }],
          NextToken: 'page-2',
        };
      }
      return { ClientVpnEndpoints: [{ ClientVpnEndpointId: 'cvpn-endpoint-2', ConnectionLogOptions: { Enabled: false } }] };
    });

    const loaded = await loadService(scope(), 'ec2', ['clientVpnEndpoints']);

    expect(readAll(loaded.clientVpnEndpoints)).toEqual([
      {
        arn: 'arn:aws:ec2:eu-west-1:111122223333:client-vpn-endpoint/cvpn-endpoint-1',
        id: 'cvpn-endpoint-1',
        region: 'eu-west-1',
        tags: { team: 'net' },
        connectionLogging: true,
      },
      { arn: 'arn:aws:ec2:eu-west-1:111122223333:client-vpn-endpoint/cvpn-endpoint-2', id: 'cvpn-endpoint-2', region: 'eu-west-1', tags: {}, connectionLogging: false },
    ]);
  });

  it('an endpoint without connection log options fails the listing instead of passing for unlogged', async () => {
    ec2.on(DescribeClientVpnEndpointsCommand).resolves({ ClientVpnEndpoints: [{ ClientVpnEndpointId: 'cvpn-endpoint-1' }] });

    const loaded = await loadService(scope(), 'ec2', ['clientVpnEndpoints']);

    expect(() => loaded.clientVpnEndpoints.all()).toThrow(/DescribeClientVpnEndpoints.*ConnectionLogOptions/);
  });
});
