import { CreateSubnetCommand, CreateVpcCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateAccessPointCommand, CreateFileSystemCommand, CreateMountTargetCommand, EFSClient, PutFileSystemPolicyCommand } from '@aws-sdk/client-efs';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];
const fileSystemArn = (region: string, id: string) => `arn:aws:elasticfilesystem:${region}:${MOTO_ACCOUNT}:file-system/${id}`;

async function subnetIn(region: string, zone: string): Promise<string> {
  const ec2 = new EC2Client(seedConfig(region));
  const vpc = (await ec2.send(new CreateVpcCommand({ CidrBlock: '10.0.0.0/16' }))).Vpc!;
  return (await ec2.send(new CreateSubnetCommand({ VpcId: vpc.VpcId!, CidrBlock: '10.0.1.0/24', AvailabilityZone: zone }))).Subnet!.SubnetId!;
}

describe('EFS collections against moto', () => {
  beforeEach(resetMoto);

  it('reads file systems with their policies, backup policies, mount targets and access points, per region', async () => {
    const west = new EFSClient(seedConfig('eu-west-1'));
    const east = new EFSClient(seedConfig('us-east-1'));
    const shared = await west.send(
      new CreateFileSystemCommand({ CreationToken: 'shared', Encrypted: true, Backup: true, Tags: [{ Key: 'Name', Value: 'shared' }, { Key: 'team', Value: 'data' }] }),
    );
    const scratch = await east.send(new CreateFileSystemCommand({ CreationToken: 'scratch', AvailabilityZoneName: 'us-east-1a' }));
    const westSubnet = await subnetIn('eu-west-1', 'eu-west-1a');
    const mountTarget = await west.send(new CreateMountTargetCommand({ FileSystemId: shared.FileSystemId!, SubnetId: westSubnet }));
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount', Resource: fileSystemArn('eu-west-1', shared.FileSystemId!) }] };
    await west.send(new PutFileSystemPolicyCommand({ FileSystemId: shared.FileSystemId!, Policy: JSON.stringify(policy) }));
    const app = await west.send(
      new CreateAccessPointCommand({ FileSystemId: shared.FileSystemId!, PosixUser: { Uid: 1000, Gid: 1000 }, RootDirectory: { Path: '/app' }, Tags: [{ Key: 'Name', Value: 'app' }] }),
    );
    const bare = await east.send(new CreateAccessPointCommand({ FileSystemId: scratch.FileSystemId! }));

    const efs = await loadService(await motoScope(REGIONS), 'efs');

    expect(failuresIn(efs)).toEqual([]);
    const sharedArn = fileSystemArn('eu-west-1', shared.FileSystemId!);
    const scratchArn = fileSystemArn('us-east-1', scratch.FileSystemId!);
    // The zone ID moto assigns varies with its zone map, so only its presence is compared.
    const fileSystems = readAll(efs.fileSystems).map(({ availabilityZoneId, ...rest }) => ({ ...rest, oneZone: availabilityZoneId !== null }));
    expect(fileSystems.sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      { arn: sharedArn, id: shared.FileSystemId, name: 'shared', region: 'eu-west-1', tags: { Name: 'shared', team: 'data' }, encrypted: true, oneZone: false, numberOfMountTargets: 1 },
      { arn: scratchArn, id: scratch.FileSystemId, region: 'us-east-1', tags: {}, encrypted: false, oneZone: true, numberOfMountTargets: 0 },
    ]);
    expect(readFields(resourceAt(efs.fileSystemPolicies, sharedArn)).policy).toMatchObject({ Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] } }] });
    expect(readFields(resourceAt(efs.fileSystemPolicies, scratchArn)).policy).toBeNull();
    expect(readFields(resourceAt(efs.fileSystemBackupPolicies, sharedArn)).backupStatus).toBe('ENABLED');
    // A One Zone file system gets automatic backups in moto, as in AWS.
    expect(readFields(resourceAt(efs.fileSystemBackupPolicies, scratchArn)).backupStatus).toBe('ENABLED');
    expect(readFields(resourceAt(efs.fileSystemMountTargets, sharedArn)).mountTargets).toEqual([{ id: mountTarget.MountTargetId, subnetId: westSubnet }]);
    expect(readFields(resourceAt(efs.fileSystemMountTargets, scratchArn)).mountTargets).toEqual([]);
    expect(readAll(efs.accessPoints).sort((a, b) => a.region.localeCompare(b.region))).toEqual([
      {
        arn: app.AccessPointArn,
        id: app.AccessPointId,
        name: 'app',
        region: 'eu-west-1',
        tags: { Name: 'app' },
        fileSystemId: shared.FileSystemId,
        rootDirectoryPath: '/app',
        enforcesUserIdentity: true,
      },
      // Without a root directory or POSIX user, the access point exposes / to whatever user the client claims.
      { arn: bare.AccessPointArn, id: bare.AccessPointId, region: 'us-east-1', tags: {}, fileSystemId: scratch.FileSystemId, rootDirectoryPath: '/', enforcesUserIdentity: false },
    ]);
  });

  it('a file system without a backup policy reads as DISABLED', async () => {
    const created = await new EFSClient(seedConfig('eu-west-1')).send(new CreateFileSystemCommand({ CreationToken: 'plain' }));

    const efs = await loadService(await motoScope(REGIONS), 'efs', ['fileSystemBackupPolicies']);

    expect(failuresIn(efs)).toEqual([]);
    expect(readFields(resourceAt(efs.fileSystemBackupPolicies, fileSystemArn('eu-west-1', created.FileSystemId!))).backupStatus).toBe('DISABLED');
  });
});
