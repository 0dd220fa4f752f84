import { gzipSync } from 'node:zlib';
import {
  CreateLaunchTemplateCommand,
  CreateLaunchTemplateVersionCommand,
  CreateNetworkInterfaceCommand,
  DescribeSubnetsCommand,
  EC2Client,
  RunInstancesCommand,
  StopInstancesCommand,
  TerminateInstancesCommand,
} from '@aws-sdk/client-ec2';
import { CreateInstanceProfileCommand, IAMClient } from '@aws-sdk/client-iam';
import { beforeEach, describe, expect, it } from 'vitest';
import { need } from '../../src/services/resource-map.js';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** An AMI that moto 5.2.1 ships in every region, published by Amazon. */
const MOTO_AMI = 'ami-12c6146b';

const arn = (region: string, resource: string) => `arn:aws:ec2:${region}:${MOTO_ACCOUNT}:${resource}`;
const base64 = (text: string) => Buffer.from(text).toString('base64');
// Assembled at run time so no secret-shaped string sits in the repository.
const accessKeyId = ['AKIA', 'Z5XQ7J3KP2M4N6RT'].join('');

describe('EC2 instance and launch template collections against moto', () => {
  beforeEach(resetMoto);

  it('reads instances with their user data scans, their AMIs and launch templates with every version, per region', async () => {
    const east = new EC2Client(seedConfig('us-east-1'));
    const west = new EC2Client(seedConfig('eu-west-1'));

    const profile = await new IAMClient(seedConfig('us-east-1')).send(new CreateInstanceProfileCommand({ InstanceProfileName: 'app' }));

    // us-east-1: a monitored instance with a secret in gzipped user data; an instance without
    // user data, later stopped; a terminated one.
    const [leaky] = (
      await east.send(
        new RunInstancesCommand({
          ImageId: MOTO_AMI,
          MinCount: 1,
          MaxCount: 1,
          UserData: gzipSync(Buffer.from(`#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${accessKeyId}\n`)).toString('base64'),
          IamInstanceProfile: { Arn: profile.InstanceProfile!.Arn },
          Monitoring: { Enabled: true },
        }),
      )
    ).Instances!;
    const [quiet, gone] = (await east.send(new RunInstancesCommand({ ImageId: MOTO_AMI, MinCount: 2, MaxCount: 2 }))).Instances!;
    await east.send(new StopInstancesCommand({ InstanceIds: [quiet!.InstanceId!] }));
    await east.send(new TerminateInstancesCommand({ InstanceIds: [gone!.InstanceId!] }));

    // eu-west-1: an instance with clean user data; a launch template whose first version allows
    // IMDSv1 and assigns a public IP, whose second requires IMDSv2, carries a secret and attaches
    // an existing interface by ID.
    const [clean] = (await west.send(new RunInstancesCommand({ ImageId: MOTO_AMI, MinCount: 1, MaxCount: 1, UserData: base64('#!/bin/bash\nyum -y update\n') }))).Instances!;
    const subnet = (await west.send(new DescribeSubnetsCommand({}))).Subnets![0]!;
    const attached = await west.send(new CreateNetworkInterfaceCommand({ SubnetId: subnet.SubnetId }));
    const template = await west.send(
      new CreateLaunchTemplateCommand({
        LaunchTemplateName: 'web',
        LaunchTemplateData: {
          MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
          NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }],
        },
      }),
    );
    await west.send(
      new CreateLaunchTemplateVersionCommand({
        LaunchTemplateId: template.LaunchTemplate!.LaunchTemplateId,
        LaunchTemplateData: {
          MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled' },
          UserData: base64(`#!/bin/bash\necho start\nKEY=${accessKeyId}\n`),
          NetworkInterfaces: [{ DeviceIndex: 0, NetworkInterfaceId: attached.NetworkInterface!.NetworkInterfaceId }],
        },
      }),
    );

    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['instances', 'instanceUserData', 'instanceImages', 'launchTemplates']);

    expect(failuresIn(ec2)).toEqual([]);

    const leakyArn = arn('us-east-1', `instance/${leaky!.InstanceId}`);
    expect(resourceAt(ec2.instances, leakyArn)).toMatchObject({
      id: leaky!.InstanceId,
      region: 'us-east-1',
      state: 'running',
      imageId: MOTO_AMI,
      instanceProfileArn: profile.InstanceProfile!.Arn,
      monitoringState: 'enabled',
      virtualizationType: 'hvm',
      // moto 5.2.1 does not echo EnclaveOptions; the unit fixtures cover enclave hosts.
      enclavesEnabled: false,
      networkInterfaceIds: [leaky!.NetworkInterfaces![0]!.NetworkInterfaceId],
    });
    const launched = resourceAt(ec2.instances, leakyArn);
    expect(launched.launchTime).toBeInstanceOf(Date);
    expect(launched.readAt.getTime()).toBeGreaterThanOrEqual(launched.launchTime.getTime());
    const stopped = resourceAt(ec2.instances, arn('us-east-1', `instance/${quiet!.InstanceId}`));
    // AWS dates a stop "(... GMT)"; moto 5.2.1 writes "(... UTC)", which Prowler's parser (and ours) does not date.
    expect(stopped.stateTransitionReason).toMatch(/^User initiated/);
    expect(stopped).toMatchObject({
      state: 'stopped',
      instanceProfileArn: null,
      monitoringState: 'disabled',
      enclavesEnabled: false,
    });

    expect(need(resourceAt(ec2.instanceUserData, leakyArn).userData)).toEqual({ state: 'scanned', secrets: [{ line: 2, kind: 'AWS access key' }] });
    expect(need(resourceAt(ec2.instanceUserData, arn('us-east-1', `instance/${quiet!.InstanceId}`)).userData)).toEqual({ state: 'empty' });
    expect(need(resourceAt(ec2.instanceUserData, arn('eu-west-1', `instance/${clean!.InstanceId}`)).userData)).toEqual({ state: 'scanned', secrets: [] });
    // Terminated instances are not asked about.
    expect(ec2.instanceUserData.all().map((instance) => instance.id).sort()).toEqual([leaky!.InstanceId, quiet!.InstanceId, clean!.InstanceId].sort());

    const owned = ({ id, region, ownerId, ownerAlias }: { id: string; region: string; ownerId: string | null; ownerAlias: string | null }) => ({
      id,
      region,
      ownerAlias,
      ownedByAccount: ownerId === MOTO_ACCOUNT,
    });
    expect(ec2.instanceImages.all().map(owned)).toEqual(
      expect.arrayContaining([
        { id: MOTO_AMI, region: 'us-east-1', ownerAlias: 'amazon', ownedByAccount: false },
        { id: MOTO_AMI, region: 'eu-west-1', ownerAlias: 'amazon', ownedByAccount: false },
      ]),
    );
    expect(ec2.instanceImages.all()).toHaveLength(2);

    const templateRecord = readFields(resourceAt(ec2.launchTemplates, arn('eu-west-1', `launch-template/${template.LaunchTemplate!.LaunchTemplateId}`)));
    expect(templateRecord).toMatchObject({ id: template.LaunchTemplate!.LaunchTemplateId, name: 'web', region: 'eu-west-1' });
    expect(templateRecord.versions).toEqual([
      {
        versionNumber: 1,
        userData: { state: 'empty' },
        associatePublicIp: true,
        networkInterfaceIds: [],
        metadataHttpTokens: 'optional',
        metadataHttpEndpoint: 'enabled',
      },
      {
        versionNumber: 2,
        userData: { state: 'scanned', secrets: [{ line: 3, kind: 'AWS access key' }] },
        associatePublicIp: false,
        networkInterfaceIds: [attached.NetworkInterface!.NetworkInterfaceId],
        metadataHttpTokens: 'required',
        metadataHttpEndpoint: 'enabled',
      },
    ]);
    expect(templateRecord.attachedInterfaceAddresses).toEqual({ [attached.NetworkInterface!.NetworkInterfaceId!]: [attached.NetworkInterface!.PrivateIpAddress] });
  });

  it('an empty account has no instances, images or launch templates', async () => {
    const ec2 = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ec2', ['instances', 'instanceUserData', 'instanceImages', 'launchTemplates']);

    expect(failuresIn(ec2)).toEqual([]);
    expect(ec2.instances.all()).toEqual([]);
    expect(ec2.instanceUserData.all()).toEqual([]);
    expect(ec2.instanceImages.all()).toEqual([]);
    expect(ec2.launchTemplates.all()).toEqual([]);
  });
});
