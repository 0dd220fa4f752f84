import { CreateDirectoryCommand, DirectoryServiceClient } from '@aws-sdk/client-directory-service';
import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateWorkspacesCommand, RegisterWorkspaceDirectoryCommand, WorkSpacesClient } from '@aws-sdk/client-workspaces';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

/** A directory registered for WorkSpaces in `region`, as every WorkSpace needs one. */
async function registeredDirectory(region: string): Promise<string> {
  const ec2 = new EC2Client(seedConfig(region));
  const vpcId = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!.VpcId!;
  const subnet = async (cidr: string, zone: string) =>
    (await ec2.send(new CreateSubnetCommand({ VpcId: vpcId, CidrBlock: cidr, AvailabilityZone: `${region}${zone}` }))).Subnet!.SubnetId!;
  const subnetIds = [await subnet('10.0.1.0/24', 'a'), await subnet('10.0.2.0/24', 'b')];
  const { DirectoryId } = await new DirectoryServiceClient(seedConfig(region)).send(
    new CreateDirectoryCommand({ Name: 'corp.example.com', Password: 'Passw0rd!', Size: 'Small', VpcSettings: { VpcId: vpcId, SubnetIds: subnetIds } }),
  );
  await new WorkSpacesClient(seedConfig(region)).send(new RegisterWorkspaceDirectoryCommand({ DirectoryId, SubnetIds: subnetIds }));
  return DirectoryId!;
}

describe('WorkSpaces collections against moto', () => {
  beforeEach(resetMoto);

  it('reads WorkSpaces with their volume encryption, per region', async () => {
    const westDirectory = await registeredDirectory('eu-west-1');
    const eastDirectory = await registeredDirectory('us-east-1');
    const west = await new WorkSpacesClient(seedConfig('eu-west-1')).send(
      new CreateWorkspacesCommand({
        Workspaces: [{ DirectoryId: westDirectory, UserName: 'ana', BundleId: 'wsb-1', RootVolumeEncryptionEnabled: true, UserVolumeEncryptionEnabled: true, VolumeEncryptionKey: 'alias/ws' }],
      }),
    );
    const east = await new WorkSpacesClient(seedConfig('us-east-1')).send(
      new CreateWorkspacesCommand({ Workspaces: [{ DirectoryId: eastDirectory, UserName: 'bo', BundleId: 'wsb-1', RootVolumeEncryptionEnabled: false }] }),
    );
    const westId = west.PendingRequests![0]!.WorkspaceId!;
    const eastId = east.PendingRequests![0]!.WorkspaceId!;

    const workspaces = await loadService(await motoScope(REGIONS), 'workspaces');

    expect(failuresIn(workspaces)).toEqual([]);
    expect(readAll(workspaces.workspaces).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      {
        arn: `arn:aws:workspaces:eu-west-1:${MOTO_ACCOUNT}:workspace/${westId}`,
        id: westId,
        region: 'eu-west-1',
        tags: {},
        // moto leaves a WorkSpace's subnet empty.
        subnetId: null,
        rootVolumeEncrypted: true,
        userVolumeEncrypted: true,
      },
      {
        arn: `arn:aws:workspaces:us-east-1:${MOTO_ACCOUNT}:workspace/${eastId}`,
        id: eastId,
        region: 'us-east-1',
        tags: {},
        subnetId: null,
        rootVolumeEncrypted: false,
        userVolumeEncrypted: false,
      },
    ]);
  });
});
