import {
  AutoScalingClient,
  CreateAutoScalingGroupCommand,
  CreateLaunchConfigurationCommand,
  DescribeAutoScalingGroupsCommand,
  DescribeLaunchConfigurationsCommand,
} from '@aws-sdk/client-auto-scaling';
import { ApplicationAutoScalingClient, RegisterScalableTargetCommand } from '@aws-sdk/client-application-auto-scaling';
import { CreateLaunchTemplateCommand, EC2Client } from '@aws-sdk/client-ec2';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** An AMI that moto 5.2.1 ships in every region. */
const MOTO_AMI = 'ami-12c6146b';

/** A fake AWS access key pair, written as a boot script would carry it. */
const LEAKY_SCRIPT = ['#!/bin/bash', 'export AWS_ACCESS_KEY_ID=AKIAQWERTYUIOPASDFGH', 'yum -y install nginx', ''].join('\n');

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function arnOf(client: AutoScalingClient, groupName: string): Promise<string> {
  const described = await client.send(new DescribeAutoScalingGroupsCommand({ AutoScalingGroupNames: [groupName] }));
  return described.AutoScalingGroups![0]!.AutoScalingGroupARN!;
}

describe('Auto Scaling collections against moto', () => {
  beforeEach(resetMoto);

  it('reads launch configurations and groups per region', async () => {
    const east = new AutoScalingClient(seedConfig('us-east-1'));
    const west = new AutoScalingClient(seedConfig('eu-west-1'));

    // us-east-1: a legacy group on an IMDSv1 launch configuration that hands out public IPs.
    await east.send(
      new CreateLaunchConfigurationCommand({
        LaunchConfigurationName: 'legacy-lc',
        ImageId: MOTO_AMI,
        InstanceType: 't3.micro',
        AssociatePublicIpAddress: true,
        MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
        UserData: base64('#!/bin/bash\necho hello\n'),
      }),
    );
    await east.send(
      new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'legacy',
        LaunchConfigurationName: 'legacy-lc',
        MinSize: 1,
        MaxSize: 2,
        AvailabilityZones: ['us-east-1a'],
        Tags: [{ Key: 'team', Value: 'ops', PropagateAtLaunch: true }],
      }),
    );
    // eu-west-1: a group on a launch template across two zones, with ELB health checks.
    const template = await new EC2Client(seedConfig('eu-west-1')).send(
      new CreateLaunchTemplateCommand({ LaunchTemplateName: 'web', LaunchTemplateData: { ImageId: MOTO_AMI, InstanceType: 't3.micro' } }),
    );
    await west.send(
      new CreateAutoScalingGroupCommand({
        AutoScalingGroupName: 'web',
        LaunchTemplate: { LaunchTemplateId: template.LaunchTemplate!.LaunchTemplateId, Version: '$Latest' },
        MinSize: 2,
        MaxSize: 4,
        AvailabilityZones: ['eu-west-1a', 'eu-west-1b'],
        HealthCheckType: 'ELB',
        CapacityRebalance: true,
      }),
    );

    const autoscaling = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'autoscaling', ['launchConfigurations', 'groups']);

    expect(failuresIn(autoscaling)).toEqual([]);
    const [configuration] = (await east.send(new DescribeLaunchConfigurationsCommand({}))).LaunchConfigurations!;
    expect(readFields(resourceAt(autoscaling.launchConfigurations, configuration!.LaunchConfigurationARN!))).toMatchObject({
      id: 'legacy-lc',
      name: 'legacy-lc',
      region: 'us-east-1',
      imageId: MOTO_AMI,
      userData: base64('#!/bin/bash\necho hello\n'),
      metadataHttpTokens: 'optional',
      metadataHttpEndpoint: 'enabled',
      associatePublicIp: true,
    });
    expect(readFields(resourceAt(autoscaling.groups, await arnOf(east, 'legacy')))).toMatchObject({
      id: 'legacy',
      region: 'us-east-1',
      tags: { team: 'ops' },
      availabilityZones: ['us-east-1a'],
      instanceTypesByZone: { 'us-east-1a': ['t3.micro'] },
      launchConfigurationName: 'legacy-lc',
      launchTemplate: null,
      mixedInstancesLaunchTemplate: null,
    });
    const web = readFields(resourceAt(autoscaling.groups, await arnOf(west, 'web')));
    expect(web).toMatchObject({
      region: 'eu-west-1',
      availabilityZones: ['eu-west-1a', 'eu-west-1b'],
      healthCheckType: 'ELB',
      capacityRebalance: true,
      launchConfigurationName: null,
      launchTemplate: { id: template.LaunchTemplate!.LaunchTemplateId, version: '$Latest' },
    });
    // moto places the instances itself; each zone it used runs the template's one type.
    expect(Object.keys(web.instanceTypesByZone).length).toBeGreaterThan(0);
    for (const [zone, types] of Object.entries(web.instanceTypesByZone)) {
      expect(web.availabilityZones).toContain(zone);
      expect(types).toEqual(['t3.micro']);
    }
  });

  it('scans launch configuration user data for secrets, honouring secrets_ignore_patterns', async () => {
    const east = new AutoScalingClient(seedConfig('us-east-1'));
    const west = new AutoScalingClient(seedConfig('eu-west-1'));
    await east.send(new CreateLaunchConfigurationCommand({ LaunchConfigurationName: 'leaky', ImageId: MOTO_AMI, InstanceType: 't3.micro', UserData: base64(LEAKY_SCRIPT) }));
    await east.send(new CreateLaunchConfigurationCommand({ LaunchConfigurationName: 'plain', ImageId: MOTO_AMI, InstanceType: 't3.micro' }));
    await west.send(
      new CreateLaunchConfigurationCommand({ LaunchConfigurationName: 'binary', ImageId: MOTO_AMI, InstanceType: 't3.micro', UserData: Buffer.from([0xff, 0xfe, 0x00]).toString('base64') }),
    );
    const scope = await motoScope(['us-east-1', 'eu-west-1']);

    const scanned = await loadService(scope, 'autoscaling', ['launchConfigurationUserData']);
    const ignoring = await loadService({ ...scope, config: { ...DEFAULT_AWS_CONFIG, secrets_ignore_patterns: ['AWS_ACCESS_KEY_ID='] } }, 'autoscaling', ['launchConfigurationUserData']);

    expect(failuresIn(scanned)).toEqual([]);
    const scans = (loaded: typeof scanned) => Object.fromEntries(readAll(loaded.launchConfigurationUserData).map(({ id, region, scan }) => [id, { region, scan }]));
    expect(scans(scanned)).toEqual({
      leaky: { region: 'us-east-1', scan: { state: 'scanned', secrets: [{ line: 2, kind: 'AWS access key' }] } },
      plain: { region: 'us-east-1', scan: { state: 'empty' } },
      binary: { region: 'eu-west-1', scan: { state: 'undecodable' } },
    });
    expect(scans(ignoring).leaky).toEqual({ region: 'us-east-1', scan: { state: 'scanned', secrets: [] } });
  });

  it('reads the DynamoDB scalable targets registered in each region, and no others', async () => {
    const west = new ApplicationAutoScalingClient(seedConfig('eu-west-1'));
    const east = new ApplicationAutoScalingClient(seedConfig('us-east-1'));
    const register = (client: ApplicationAutoScalingClient, ServiceNamespace: 'dynamodb' | 'lambda', ResourceId: string, ScalableDimension: 'dynamodb:table:ReadCapacityUnits' | 'dynamodb:table:WriteCapacityUnits' | 'lambda:function:ProvisionedConcurrency') =>
      client.send(new RegisterScalableTargetCommand({ ServiceNamespace, ResourceId, ScalableDimension, MinCapacity: 1, MaxCapacity: 10, RoleARN: `arn:aws:iam::${MOTO_ACCOUNT}:role/scaling` }));
    const reads = await register(west, 'dynamodb', 'table/orders', 'dynamodb:table:ReadCapacityUnits');
    const writes = await register(west, 'dynamodb', 'table/orders', 'dynamodb:table:WriteCapacityUnits');
    const sessions = await register(east, 'dynamodb', 'table/sessions', 'dynamodb:table:ReadCapacityUnits');
    // Only DynamoDB's namespace is read; a Lambda target must not show up.
    await register(east, 'lambda', 'function:resize:live', 'lambda:function:ProvisionedConcurrency');

    const autoscaling = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'autoscaling', ['scalableTargets']);

    expect(failuresIn(autoscaling)).toEqual([]);
    expect(readAll(autoscaling.scalableTargets).sort((a, b) => a.arn.localeCompare(b.arn))).toEqual(
      [
        { arn: reads.ScalableTargetARN, region: 'eu-west-1', resourceId: 'table/orders', scalableDimension: 'dynamodb:table:ReadCapacityUnits' },
        { arn: writes.ScalableTargetARN, region: 'eu-west-1', resourceId: 'table/orders', scalableDimension: 'dynamodb:table:WriteCapacityUnits' },
        { arn: sessions.ScalableTargetARN, region: 'us-east-1', resourceId: 'table/sessions', scalableDimension: 'dynamodb:table:ReadCapacityUnits' },
      ]
        .map((target) => ({ ...target, id: target.resourceId, tags: {}, serviceNamespace: 'dynamodb' }))
        .sort((a, b) => a.arn!.localeCompare(b.arn!)),
    );
  });
});
