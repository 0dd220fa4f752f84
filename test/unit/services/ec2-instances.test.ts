import {
  DescribeInstanceAttributeCommand,
  DescribeInstancesCommand,
  EC2Client,
  GetInstanceMetadataDefaultsCommand,
  type Instance,
} from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import { need } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { failuresIn, readAll } from '../../helpers/loaded.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = () => ({ account: FIXTURE_ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
const regionOf = (getClient: () => EC2Client) => getClient().config.region();
const denied = () => Object.assign(new Error('denied'), { name: 'UnauthorizedOperation' });

const enclaveHost: Instance = {
  InstanceId: 'i-enclave',
  State: { Name: 'running' },
  LaunchTime: new Date('2025-06-01T00:00:00Z'),
  EnclaveOptions: { Enabled: true },
  NetworkInterfaces: [{ NetworkInterfaceId: 'eni-1', Ipv6Addresses: [{ Ipv6Address: '2600:1f18::1' }] }],
};

// moto 5.2.1 has no GetInstanceMetadataDefaults and does not echo EnclaveOptions.
describe('EC2 instance collections on answers moto cannot give', () => {
  const ec2 = mockClient(EC2Client);
  afterEach(() => ec2.reset());
  afterAll(() => ec2.restore());

  it("reads each region's metadata defaults, and whether the region holds instances", async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).callsFake(async (_input, getClient: () => EC2Client) =>
      (await regionOf(getClient)) === 'eu-west-1' ? { AccountLevel: { HttpTokens: 'required' } } : { AccountLevel: {} },
    );
    ec2.on(DescribeInstancesCommand).callsFake(async (_input, getClient: () => EC2Client) =>
      (await regionOf(getClient)) === 'eu-west-1' ? { Reservations: [{ Instances: [enclaveHost] }] } : { Reservations: [] },
    );

    const loaded = await loadService(scope(), 'ec2', ['instanceMetadataDefaults', 'instances']);

    expect(failuresIn(loaded)).toEqual([]);
    const account = { id: FIXTURE_ACCOUNT.id, tags: {} };
    expect(readAll(loaded.instanceMetadataDefaults)).toEqual(
      expect.arrayContaining([
        { ...account, arn: `arn:aws:ec2:eu-west-1:${FIXTURE_ACCOUNT.id}:account`, region: 'eu-west-1', httpTokens: 'required', hasInstances: true },
        { ...account, arn: `arn:aws:ec2:us-east-1:${FIXTURE_ACCOUNT.id}:account`, region: 'us-east-1', httpTokens: null, hasInstances: false },
      ]),
    );
    expect(loaded.instances.all()).toEqual([
      expect.objectContaining({ id: 'i-enclave', enclavesEnabled: true, networkInterfaceIds: ['eni-1'], ipv6Addresses: ['2600:1f18::1'], monitoringState: 'disabled' }),
    ]);
  });

  it('a denied defaults read fails that region; unlisted instances leave presence unread', async () => {
    ec2.on(GetInstanceMetadataDefaultsCommand).callsFake(async (_input, getClient: () => EC2Client) => {
      if ((await regionOf(getClient)) === 'us-east-1') throw denied();
      return { AccountLevel: { HttpTokens: 'optional' } };
    });
    ec2.on(DescribeInstancesCommand).rejects(denied());

    const loaded = await loadService(scope(), 'ec2', ['instanceMetadataDefaults']);

    expect(() => loaded.instanceMetadataDefaults.all('us-east-1')).toThrow(/GetInstanceMetadataDefaults/);
    const [west] = loaded.instanceMetadataDefaults.all('eu-west-1');
    expect(west!.httpTokens).toBe('optional');
    expect(() => need(west!.hasInstances)).toThrow(/DescribeInstances/);
  });

  it('a denied user-data read leaves that instance unread, the others scanned', async () => {
    ec2.on(DescribeInstancesCommand).resolves({ Reservations: [{ Instances: [enclaveHost, { ...enclaveHost, InstanceId: 'i-open' }] }] });
    ec2.on(DescribeInstanceAttributeCommand, { InstanceId: 'i-enclave' }).rejects(denied());
    ec2.on(DescribeInstanceAttributeCommand, { InstanceId: 'i-open' }).resolves({ UserData: {} });

    const loaded = await loadService(scope(), 'ec2', ['instanceUserData']);

    const byId = (region: string, id: string) => loaded.instanceUserData.all(region).find((instance) => instance.id === id)!;
    expect(() => need(byId('eu-west-1', 'i-enclave').userData)).toThrow(/DescribeInstanceAttribute/);
    expect(need(byId('eu-west-1', 'i-open').userData)).toEqual({ state: 'empty' });
  });
});
