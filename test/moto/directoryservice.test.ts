import { ConnectDirectoryCommand, CreateDirectoryCommand, CreateLogSubscriptionCommand, CreateMicrosoftADCommand, DirectoryServiceClient } from '@aws-sdk/client-directory-service';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

/** A VPC with two subnets in different zones, as every directory needs. */
async function network(region: string): Promise<{ VpcId: string; SubnetIds: string[] }> {
  const ec2 = new EC2Client(seedConfig(region));
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
  const subnet = async (cidr: string, zone: string) =>
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpc, CidrBlock: cidr, AvailabilityZone: `${region}${zone}` }))).Subnet!.SubnetId!;
  return { VpcId: vpc, SubnetIds: [await subnet('10.0.1.0/24', 'a'), await subnet('10.0.2.0/24', 'b')] };
}

describe('Directory Service collections against moto', () => {
  beforeEach(resetMoto);

  it('reads directories with their type, tags and RADIUS state, and their log subscriptions, per region', async () => {
    const west = new DirectoryServiceClient(seedConfig('eu-west-1'));
    const east = new DirectoryServiceClient(seedConfig('us-east-1'));
    const westNetwork = await network('eu-west-1');
    const eastNetwork = await network('us-east-1');
    const managed = await west.send(
      new CreateMicrosoftADCommand({ Name: 'corp.example.com', Password: 'Passw0rd!Passw0rd', VpcSettings: westNetwork, Tags: [{ Key: 'team', Value: 'it' }] }),
    );
    const simple = await east.send(new CreateDirectoryCommand({ Name: 'small.example.com', Password: 'Passw0rd!', Size: 'Small', VpcSettings: eastNetwork }));
    const connector = await east.send(
      new ConnectDirectoryCommand({
        Name: 'onprem.example.com',
        Password: 'Passw0rd!',
        Size: 'Small',
        ConnectSettings: { ...eastNetwork, CustomerDnsIps: ['10.0.0.2'], CustomerUserName: 'admin' },
      }),
    );
    await west.send(new CreateLogSubscriptionCommand({ DirectoryId: managed.DirectoryId, LogGroupName: '/aws/directoryservice/corp' }));

    const scope = await motoScope(REGIONS);
    const callsBefore = new Map(scope.clients.calls);
    const directoryservice = await loadService(scope, 'directoryservice', ['directories', 'directoryLogSubscriptions']);

    expect(failuresIn(directoryservice)).toEqual([]);
    const callsMade = Object.fromEntries(
      [...scope.clients.calls].flatMap(([operation, count]) => (count > (callsBefore.get(operation) ?? 0) ? [[operation, count - (callsBefore.get(operation) ?? 0)]] : [])),
    );
    // Log subscriptions take one call per region, not one per directory; tags take one per directory.
    expect(callsMade).toEqual({
      'DirectoryService:DescribeDirectories': 2,
      'DirectoryService:ListLogSubscriptions': 2,
      'DirectoryService:ListTagsForResource': 3,
    });
    const managedArn = `arn:aws:ds:eu-west-1:${MOTO_ACCOUNT}:directory/${managed.DirectoryId}`;
    // moto reports no RADIUS settings: none is set up on any directory.
    expect(resourceAt(directoryservice.directories, managedArn)).toEqual({
      arn: managedArn,
      id: managed.DirectoryId,
      name: 'corp.example.com',
      region: 'eu-west-1',
      tags: { team: 'it' },
      type: 'MicrosoftAD',
      radius: { authenticationProtocol: null, status: null },
    });
    expect(readAll(directoryservice.directories).map((directory) => [directory.id, directory.type, directory.region]).sort()).toEqual(
      [
        [managed.DirectoryId, 'MicrosoftAD', 'eu-west-1'],
        [simple.DirectoryId, 'SimpleAD', 'us-east-1'],
        [connector.DirectoryId, 'ADConnector', 'us-east-1'],
      ].sort(),
    );
    expect(readAll(directoryservice.directoryLogSubscriptions).map((directory) => [directory.id, directory.logGroups]).sort()).toEqual(
      [
        [managed.DirectoryId, ['/aws/directoryservice/corp']],
        [simple.DirectoryId, []],
        [connector.DirectoryId, []],
      ].sort(),
    );
  });

  it('an empty account lists no directories and records no failures', async () => {
    const directoryservice = await loadService(await motoScope(REGIONS), 'directoryservice', ['directories', 'directoryLogSubscriptions']);
    expect(failuresIn(directoryservice)).toEqual([]);
    expect([...directoryservice.directories.all(), ...directoryservice.directoryLogSubscriptions.all()]).toEqual([]);
  });
});
