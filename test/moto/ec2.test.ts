import {
  AuthorizeSecurityGroupIngressCommand,
  CreateImageCommand,
  CreateSecurityGroupCommand,
  CreateSnapshotCommand,
  CreateSubnetCommand,
  CreateVolumeCommand,
  CreateVpcCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  EC2Client,
  EnableEbsEncryptionByDefaultCommand,
  ModifyImageAttributeCommand,
  ModifySnapshotAttributeCommand,
  RunInstancesCommand,
} from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { need } from '../../src/services/resource-map.js';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** An AMI that moto 5.2.1 ships in every region, for RunInstances. */
const MOTO_AMI = 'ami-12c6146b';

/**
 * The collections this file seeds; the others have files of their own (ec2-network, ec2-storage,
 * ec2-connectivity, ec2-instances), some reading calls moto lacks.
 */
const CORE_COLLECTIONS = ['instances', 'securityGroups', 'networkInterfaces', 'volumes', 'snapshots', 'images', 'ebsEncryptionByDefault'] as const;

const arn = (region: string, resource: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT}:${resource}`;

describe('EC2 collections against moto', () => {
  beforeEach(resetMoto);

  it('reads instances, security groups with their interfaces, volumes, snapshots, images and EBS defaults per region', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));

    // us-east-1: an IMDSv2-only instance with a public IP behind an exposed group, a public AMI,
    // a public unencrypted snapshot, an encrypted volume, EBS encryption by default on.
    const web = await east.send(new CreateSecurityGroupCommand({ GroupName: 'web', Description: 'web tier' }));
    await east.send(
      new AuthorizeSecurityGroupIngressCommand({
        GroupId: web.GroupId,
        IpPermissions: [
          { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] },
          { IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] },
        ],
      }),
    );
    const launched = await east.send(
      new RunInstancesCommand({
        ImageId: MOTO_AMI,
        MinCount: 1,
        MaxCount: 1,
        SecurityGroupIds: [web.GroupId!],
        MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
        TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'team', Value: 'web' }] }],
      }),
    );
    const webInstance = launched.Instances![0]!;
    const publicImage = await east.send(new CreateImageCommand({ InstanceId: webInstance.InstanceId, Name: 'web-golden' }));
    await east.send(new ModifyImageAttributeCommand({ ImageId: publicImage.ImageId, LaunchPermission: { Add: [{ Group: 'all' }] } }));
    const plainVolume = await east.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 1 }));
    const encryptedVolume = await east.send(new CreateVolumeCommand({ AvailabilityZone: 'us-east-1a', Size: 1, Encrypted: true }));
    const publicSnapshot = await east.send(new CreateSnapshotCommand({ VolumeId: plainVolume.VolumeId }));
    await east.send(
      new ModifySnapshotAttributeCommand({
        SnapshotId: publicSnapshot.SnapshotId,
        Attribute: 'createVolumePermission',
        OperationType: 'add',
        GroupNames: ['all'],
      }),
    );
    const encryptedSnapshot = await east.send(new CreateSnapshotCommand({ VolumeId: encryptedVolume.VolumeId }));
    await east.send(new EnableEbsEncryptionByDefaultCommand({}));

    // eu-west-1: an instance allowing IMDSv1, without a public IP, a private AMI, and a VPC that
    // nothing uses, whose default group therefore has no interface.
    const subnets = await west.send(new DescribeSubnetsCommand({}));
    const privateLaunch = await west.send(
      new RunInstancesCommand({
        ImageId: MOTO_AMI,
        MinCount: 1,
        MaxCount: 1,
        MetadataOptions: { HttpTokens: 'optional' },
        NetworkInterfaces: [{ DeviceIndex: 0, SubnetId: subnets.Subnets![0]!.SubnetId, AssociatePublicIpAddress: false }],
      }),
    );
    const privateInstance = privateLaunch.Instances![0]!;
    const privateImage = await west.send(new CreateImageCommand({ InstanceId: privateInstance.InstanceId, Name: 'internal' }));
    const idle = await west.send(new CreateVpcCommand({ CidrBlock: '10.9.0.0/16' }));
    await west.send(new CreateSubnetCommand({ VpcId: idle.Vpc!.VpcId, CidrBlock: '10.9.1.0/24' }));
    const idleGroups = await west.send(
      new DescribeSecurityGroupsCommand({ Filters: [{ Name: 'vpc-id', Values: [idle.Vpc!.VpcId!] }] }),
    );
    const idleDefault = idleGroups.SecurityGroups!.find((group) => group.GroupName === 'default')!;

    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', CORE_COLLECTIONS);

    expect(failuresIn(ec2)).toEqual([]);

    expect(resourceAt(ec2.instances, arn('us-east-1', `instance/${webInstance.InstanceId}`))).toMatchObject({
      id: webInstance.InstanceId,
      region: 'us-east-1',
      state: 'running',
      publicIp: webInstance.PublicIpAddress,
      metadataHttpTokens: 'required',
      metadataHttpEndpoint: 'enabled',
      tags: { team: 'web' },
    });
    expect(resourceAt(ec2.instances, arn('eu-west-1', `instance/${privateInstance.InstanceId}`))).toMatchObject({
      region: 'eu-west-1',
      publicIp: null,
      metadataHttpTokens: 'optional',
    });

    const webGroup = resourceAt(ec2.securityGroups, arn('us-east-1', `security-group/${web.GroupId}`));
    expect(webGroup).toMatchObject({ id: web.GroupId, name: 'web', region: 'us-east-1' });
    expect(webGroup.ingressRules).toEqual(
      expect.arrayContaining([
        { protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [] },
        { protocol: '-1', ipv4Ranges: [], ipv6Ranges: ['::/0'] },
      ]),
    );
    expect(need(webGroup.networkInterfaceIds)).toEqual([webInstance.NetworkInterfaces![0]!.NetworkInterfaceId]);
    expect(readFields(resourceAt(ec2.securityGroups, arn('eu-west-1', `security-group/${idleDefault.GroupId}`)))).toMatchObject({
      name: 'default',
      vpcId: idle.Vpc!.VpcId,
      networkInterfaceIds: [],
      egressRules: [{ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [] }],
    });

    expect(resourceAt(ec2.volumes, arn('us-east-1', `volume/${plainVolume.VolumeId}`))).toMatchObject({ encrypted: false });
    expect(resourceAt(ec2.volumes, arn('us-east-1', `volume/${encryptedVolume.VolumeId}`))).toMatchObject({ encrypted: true });

    expect(readFields(resourceAt(ec2.snapshots, arn('us-east-1', `snapshot/${publicSnapshot.SnapshotId}`)))).toMatchObject({
      encrypted: false,
      public: true,
    });
    // moto 5.2.1 ignores RestorableByUserIds and lists this private snapshot as a candidate too;
    // its create-volume permission, read to confirm, says it is private.
    expect(readFields(resourceAt(ec2.snapshots, arn('us-east-1', `snapshot/${encryptedSnapshot.SnapshotId}`)))).toMatchObject({ encrypted: true, public: false });

    expect(ec2.images.all().map(({ id, name, region, public: isPublic }) => ({ id, name, region, isPublic }))).toEqual(
      expect.arrayContaining([
        { id: publicImage.ImageId, name: 'web-golden', region: 'us-east-1', isPublic: true },
        { id: privateImage.ImageId, name: 'internal', region: 'eu-west-1', isPublic: false },
      ]),
    );
    expect(ec2.images.all()).toHaveLength(2);

    expect(readFields(resourceAt(ec2.ebsEncryptionByDefault, arn('us-east-1', 'volume')))).toMatchObject({
      id: MOTO_ACCOUNT,
      enabled: true,
      hasVolumes: true,
    });
    expect(readFields(resourceAt(ec2.ebsEncryptionByDefault, arn('eu-west-1', 'volume')))).toMatchObject({ enabled: false, hasVolumes: true });
  });

  it('an empty account has only default groups, unused, and no volumes', async () => {
    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', CORE_COLLECTIONS);

    expect(failuresIn(ec2)).toEqual([]);
    expect(ec2.instances.all()).toEqual([]);
    expect(ec2.volumes.all()).toEqual([]);
    expect(ec2.images.all()).toEqual([]);
    const groups = readAll(ec2.securityGroups);
    expect(groups.map((group) => [group.region, group.name, group.networkInterfaceIds])).toEqual(
      expect.arrayContaining([
        ['us-east-1', 'default', []],
        ['eu-west-1', 'default', []],
      ]),
    );
    expect(readAll(ec2.ebsEncryptionByDefault).map(({ region, hasVolumes }) => [region, hasVolumes]).sort()).toEqual([
      ['eu-west-1', false],
      ['us-east-1', false],
    ]);
  });
});
