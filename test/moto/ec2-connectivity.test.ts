import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AllocateAddressCommand, AssociateAddressCommand, CreateTransitGatewayCommand, EC2Client, RunInstancesCommand } from '@aws-sdk/client-ec2';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { failureOf } from '../../src/services/resource-map.js';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** An AMI that moto 5.2.1 ships in every region, for RunInstances. */
const MOTO_AMI = 'ami-12c6146b';
const SHODAN_KEY = 'test-shodan-key';

const arn = (region: string, resource: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT}:${resource}`;

/**
 * Shodan's host API, played locally: the first address it is asked about is indexed, every other
 * one unknown. Records the paths and keys it was asked with.
 */
function shodanStandIn(): { server: Server; asked: string[]; indexed: { ip?: string } } {
  const asked: string[] = [];
  const indexed: { ip?: string } = {};
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    asked.push(`${url.pathname} key=${url.searchParams.get('key')}`);
    const ip = url.pathname.split('/').pop() ?? '';
    indexed.ip ??= ip;
    response.setHeader('content-type', 'application/json');
    if (ip === indexed.ip) {
      response.end(JSON.stringify({ ip_str: ip, ports: [22, 80], isp: 'Amazon.com', country_name: 'Ireland' }));
    } else {
      response.statusCode = 404;
      response.end(JSON.stringify({ error: 'No information available for that IP.' }));
    }
  });
  return { server, asked, indexed };
}

describe('EC2 connectivity collections against moto', () => {
  const shodan = shodanStandIn();
  beforeAll(async () => {
    await new Promise<void>((resolve) => shodan.server.listen(0, '127.0.0.1', resolve));
    process.env.SCANNER_SHODAN_URL = `http://127.0.0.1:${(shodan.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    delete process.env.SCANNER_SHODAN_URL;
    await new Promise((resolve) => shodan.server.close(resolve));
  });
  beforeEach(resetMoto);
  afterEach(() => {
    shodan.asked.length = 0;
    delete shodan.indexed.ip;
  });

  it('reads Elastic IPs with their associations and transit gateways, per region', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));
    const launched = await east.send(new RunInstancesCommand({ ImageId: MOTO_AMI, MinCount: 1, MaxCount: 1 }));
    const instanceId = launched.Instances![0]!.InstanceId!;
    const attached = await east.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    await east.send(new AssociateAddressCommand({ AllocationId: attached.AllocationId, InstanceId: instanceId }));
    const idle = await west.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const gateway = await west.send(new CreateTransitGatewayCommand({ Description: 'shared', Options: { AutoAcceptSharedAttachments: 'enable' } }));
    await east.send(new CreateTransitGatewayCommand({ Description: 'reviewed' }));

    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['addresses', 'transitGateways']);

    expect(failuresIn(ec2)).toEqual([]);
    expect(readFields(resourceAt(ec2.addresses, arn('us-east-1', `eip-allocation/${attached.AllocationId}`)))).toMatchObject({
      id: attached.PublicIp,
      region: 'us-east-1',
      publicIp: attached.PublicIp,
      allocationId: attached.AllocationId,
      associationId: expect.stringMatching(/^eipassoc-/) as unknown,
      instanceId,
      networkInterfaceId: expect.stringMatching(/^eni-/) as unknown,
    });
    expect(readFields(resourceAt(ec2.addresses, arn('eu-west-1', `eip-allocation/${idle.AllocationId}`)))).toMatchObject({
      id: idle.PublicIp,
      region: 'eu-west-1',
      associationId: null,
      instanceId: null,
    });
    const gateways = readAll(ec2.transitGateways).map(({ id, region, autoAcceptSharedAttachments }) => ({ id, region, autoAcceptSharedAttachments }));
    expect(gateways).toEqual(
      expect.arrayContaining([{ id: gateway.TransitGateway!.TransitGatewayId, region: 'eu-west-1', autoAcceptSharedAttachments: true }]),
    );
    expect(gateways.filter((g) => g.region === 'us-east-1')).toEqual([expect.objectContaining({ autoAcceptSharedAttachments: false })]);
    expect(resourceAt(ec2.transitGateways, gateway.TransitGateway!.TransitGatewayArn!).id).toBe(gateway.TransitGateway!.TransitGatewayId);
  });

  it('records Client VPN endpoints as unread where the emulator lacks DescribeClientVpnEndpoints', async () => {
    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['clientVpnEndpoints']);

    expect(failuresIn(ec2).map(({ region, operation }) => ({ region, operation }))).toEqual(
      expect.arrayContaining([
        { region: 'us-east-1', operation: 'DescribeClientVpnEndpoints' },
        { region: 'eu-west-1', operation: 'DescribeClientVpnEndpoints' },
      ]),
    );
    expect(() => ec2.clientVpnEndpoints.all()).toThrow(/DescribeClientVpnEndpoints/);
  });

  it('looks each Elastic IP up in Shodan with the configured key', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));
    const first = await east.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const second = await west.send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const scope = { ...(await motoScope(['us-east-1', 'eu-west-1'])), config: { ...DEFAULT_AWS_CONFIG, shodan_api_key: SHODAN_KEY } };

    const ec2 = await loadService(scope, 'ec2', ['elasticIpShodan']);

    expect(failuresIn(ec2)).toEqual([]);
    expect(shodan.asked.sort()).toEqual([`/shodan/host/${first.PublicIp} key=${SHODAN_KEY}`, `/shodan/host/${second.PublicIp} key=${SHODAN_KEY}`].sort());
    const hosts = Object.fromEntries(readAll(ec2.elasticIpShodan).map(({ publicIp, host }) => [publicIp, host]));
    const indexedIp = shodan.indexed.ip!;
    const unknownIp = indexedIp === first.PublicIp ? second.PublicIp! : first.PublicIp!;
    expect(hosts).toEqual({ [indexedIp]: { ports: [22, 80], isp: 'Amazon.com', country: 'Ireland' }, [unknownIp]: null });
  });

  it('makes no Shodan call without a key', async () => {
    await new EC2Client(seedConfig('us-east-1')).send(new AllocateAddressCommand({ Domain: 'vpc' }));

    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['elasticIpShodan']);

    expect(ec2.elasticIpShodan.all()).toEqual([]);
    expect(shodan.asked).toEqual([]);
  });

  it('a refused lookup leaves that address unread, without the key in the message', async () => {
    await new EC2Client(seedConfig('us-east-1')).send(new AllocateAddressCommand({ Domain: 'vpc' }));
    const refusing = createServer((_request, response) => {
      response.statusCode = 401;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ error: `Invalid API key ${SHODAN_KEY}` }));
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    process.env.SCANNER_SHODAN_URL = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
    try {
      const scope = { ...(await motoScope(['us-east-1'])), config: { ...DEFAULT_AWS_CONFIG, shodan_api_key: SHODAN_KEY } };
      const ec2 = await loadService(scope, 'ec2', ['elasticIpShodan']);

      const [lookup] = ec2.elasticIpShodan.all();
      const failure = failureOf(lookup!.host);
      expect(failure).toMatchObject({ service: 'ec2', region: 'us-east-1', operation: 'Shodan host lookup', resourceArn: lookup!.arn });
      expect(failure!.message).toContain('HTTP 401: Invalid API key');
      expect(failure!.message).not.toContain(SHODAN_KEY);
    } finally {
      process.env.SCANNER_SHODAN_URL = `http://127.0.0.1:${(shodan.server.address() as AddressInfo).port}`;
      await new Promise((resolve) => refusing.close(resolve));
    }
  });
});
