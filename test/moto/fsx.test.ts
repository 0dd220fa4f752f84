import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateFileSystemCommand, FSxClient } from '@aws-sdk/client-fsx';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

async function subnetsIn(region: string, count: number): Promise<string[]> {
  const ec2 = new EC2Client(seedConfig(region));
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!;
  const subnets = [];
  for (let index = 0; index < count; index += 1) {
    subnets.push((await ec2.send(new CreateSubnetCommand({ VpcId: vpc.VpcId!, CidrBlock: `10.0.${index}.0/24` }))).Subnet!.SubnetId!);
  }
  return subnets;
}

describe('FSx collections against moto', () => {
  beforeEach(resetMoto);

  it('reads file systems with their copy-tags settings and subnets, per region', async () => {
    const westSubnets = await subnetsIn('eu-west-1', 2);
    const [eastSubnet] = await subnetsIn('us-east-1', 1);
    const windows = (
      await new FSxClient(seedConfig('eu-west-1')).send(
        new CreateFileSystemCommand({
          FileSystemType: 'WINDOWS',
          StorageCapacity: 32,
          SubnetIds: westSubnets,
          WindowsConfiguration: { ThroughputCapacity: 32, DeploymentType: 'MULTI_AZ_1', PreferredSubnetId: westSubnets[0], CopyTagsToBackups: true },
          Tags: [{ Key: 'team', Value: 'files' }],
        }),
      )
    ).FileSystem!;
    const zfs = (
      await new FSxClient(seedConfig('us-east-1')).send(
        new CreateFileSystemCommand({
          FileSystemType: 'OPENZFS',
          StorageCapacity: 64,
          SubnetIds: [eastSubnet!],
          OpenZFSConfiguration: { DeploymentType: 'SINGLE_AZ_1', ThroughputCapacity: 64, CopyTagsToVolumes: true },
        }),
      )
    ).FileSystem!;

    const fsx = await loadService(await motoScope(REGIONS), 'fsx');

    expect(failuresIn(fsx)).toEqual([]);
    expect(readAll(fsx.fileSystems).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      {
        arn: `arn:aws:fsx:eu-west-1:${MOTO_ACCOUNT}:file-system/${windows.FileSystemId}`,
        id: windows.FileSystemId,
        region: 'eu-west-1',
        tags: { team: 'files' },
        type: 'WINDOWS',
        copyTagsToBackups: true,
        copyTagsToVolumes: null,
        subnetIds: westSubnets,
      },
      {
        arn: `arn:aws:fsx:us-east-1:${MOTO_ACCOUNT}:file-system/${zfs.FileSystemId}`,
        id: zfs.FileSystemId,
        region: 'us-east-1',
        tags: {},
        type: 'OPENZFS',
        copyTagsToBackups: false,
        copyTagsToVolumes: true,
        subnetIds: [eastSubnet],
      },
    ]);
  });
});
