import { DescribeSecurityGroupsCommand, DescribeSubnetsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { CreateClusterCommand, CreateServiceCommand, CreateTaskSetCommand, ECSClient, RegisterTaskDefinitionCommand } from '@aws-sdk/client-ecs';
import { DEFAULT_AWS_CONFIG } from '../../src/config/aws-config.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';
import { secret } from '../../src/services/resource-map.js';

const arn = (region: string, resource: string) => `arn:aws:ecs:${region}:${MOTO_ACCOUNT}:${resource}`;

describe('ECS collections against moto', () => {
  beforeEach(resetMoto);

  it('reads clusters with their Container Insights setting, services and task sets, per region', async () => {
    const east = new ECSClient(seedConfig('us-east-1'));
    const ec2 = new EC2Client(seedConfig('us-east-1'));
    const subnet = (await ec2.send(new DescribeSubnetsCommand({}))).Subnets?.[0]?.SubnetId ?? '';
    const group = (await ec2.send(new DescribeSecurityGroupsCommand({}))).SecurityGroups?.[0]?.GroupId ?? '';
    await east.send(new CreateClusterCommand({ clusterName: 'main', settings: [{ name: 'containerInsights', value: 'enabled' }] }));
    await east.send(new RegisterTaskDefinitionCommand({ family: 'web', containerDefinitions: [{ name: 'app', memory: 128, image: 'nginx' }] }));
    await east.send(
      new CreateServiceCommand({
        cluster: 'main',
        serviceName: 'web',
        taskDefinition: 'web:1',
        launchType: 'FARGATE',
        platformVersion: '1.3.0',
        desiredCount: 0,
        networkConfiguration: { awsvpcConfiguration: { subnets: [subnet], securityGroups: [group], assignPublicIp: 'ENABLED' } },
      }),
    );
    await east.send(new CreateServiceCommand({ cluster: 'main', serviceName: 'blue-green', taskDefinition: 'web:1', desiredCount: 0, deploymentController: { type: 'EXTERNAL' } }));
    const taskSet = await east.send(
      new CreateTaskSetCommand({
        cluster: 'main',
        service: 'blue-green',
        taskDefinition: 'web:1',
        networkConfiguration: { awsvpcConfiguration: { subnets: [subnet], securityGroups: [group], assignPublicIp: 'ENABLED' } },
      }),
    );
    await new ECSClient(seedConfig('eu-west-1')).send(new CreateClusterCommand({ clusterName: 'edge' }));

    const ecs = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ecs', ['clusters', 'services', 'taskSets']);

    expect(failuresIn(ecs)).toEqual([]);
    expect(readAll(ecs.clusters).map(({ arn, id, region, containerInsights }) => ({ arn, id, region, containerInsights }))).toEqual(
      expect.arrayContaining([
        { arn: arn('us-east-1', 'cluster/main'), id: 'main', region: 'us-east-1', containerInsights: 'enabled' },
        { arn: arn('eu-west-1', 'cluster/edge'), id: 'edge', region: 'eu-west-1', containerInsights: 'disabled' },
      ]),
    );
    const web = resourceAt(ecs.services, arn('us-east-1', 'service/main/web'));
    expect(web).toMatchObject({ id: 'main/web', name: 'web', region: 'us-east-1', launchType: 'FARGATE', platformVersion: '1.3.0', assignPublicIp: true });
    expect(resourceAt(ecs.services, arn('us-east-1', 'service/main/blue-green'))).toMatchObject({ assignPublicIp: false });
    expect(ecs.taskSets.all()).toEqual([expect.objectContaining({ arn: taskSet.taskSet?.taskSetArn, id: taskSet.taskSet?.id, region: 'us-east-1', assignPublicIp: 'ENABLED' })]);
  });

  it('describes every active task definition revision, in each region, and scans container environments', async () => {
    const east = new ECSClient(seedConfig('us-east-1'));
    await east.send(
      new RegisterTaskDefinitionCommand({
        family: 'worker',
        networkMode: 'host',
        pidMode: 'host',
        containerDefinitions: [
          {
            name: 'app',
            memory: 128, image: 'worker:1',
            privileged: true,
            user: 'root',
            logConfiguration: { logDriver: 'awslogs', options: { mode: 'non-blocking' } },
            environment: [
              { name: 'STAGE', value: 'prod' },
              { name: 'AWS_KEY', value: 'AKIAIOSFODNN7EXAMPLX' },
            ],
          },
          { name: 'sidecar', memory: 128, image: 'proxy:1', readonlyRootFilesystem: true },
        ],
      }),
    );
    await east.send(new RegisterTaskDefinitionCommand({ family: 'worker', containerDefinitions: [{ name: 'app', memory: 128, image: 'worker:2' }] }));
    await new ECSClient(seedConfig('eu-west-1')).send(new RegisterTaskDefinitionCommand({ family: 'edge', containerDefinitions: [{ name: 'app', memory: 128, image: 'edge:1' }] }));

    const ecs = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'ecs', ['taskDefinitions', 'taskDefinitionSecrets']);

    expect(failuresIn(ecs)).toEqual([]);
    expect(ecs.taskDefinitions.all().map(({ id, region }) => `${region} ${id}`).sort()).toEqual(['eu-west-1 edge:1', 'us-east-1 worker:1', 'us-east-1 worker:2']);
    const first = readFields(resourceAt(ecs.taskDefinitions, arn('us-east-1', 'task-definition/worker:1')));
    expect(first).toMatchObject({ name: 'worker', revision: '1', region: 'us-east-1' });
    expect(first.details).toEqual({
      pidMode: 'host',
      networkMode: 'host',
      containers: [
        {
          name: 'app',
          privileged: true,
          readonlyRootFilesystem: false,
          user: 'root',
          logDriver: 'awslogs',
          logMode: 'non-blocking',
          environment: [
            { name: 'STAGE', value: secret('prod') },
            { name: 'AWS_KEY', value: secret('AKIAIOSFODNN7EXAMPLX') },
          ],
        },
        { name: 'sidecar', privileged: false, readonlyRootFilesystem: true, user: '', logDriver: '', logMode: '', environment: [] },
      ],
    });
    expect(readFields(resourceAt(ecs.taskDefinitions, arn('eu-west-1', 'task-definition/edge:1'))).details).toMatchObject({ networkMode: 'bridge', pidMode: '' });
    expect(readFields(resourceAt(ecs.taskDefinitionSecrets, arn('us-east-1', 'task-definition/worker:1'))).secrets).toEqual([
      { container: 'app', found: [{ variable: 'AWS_KEY', kind: 'AWS access key' }] },
    ]);
    expect(readFields(resourceAt(ecs.taskDefinitionSecrets, arn('us-east-1', 'task-definition/worker:2'))).secrets).toEqual([]);
  });

  it('keeps only the most recently registered revisions when max_ecs_task_definitions is set', async () => {
    const east = new ECSClient(seedConfig('us-east-1'));
    for (const family of ['alpha', 'beta', 'gamma']) await east.send(new RegisterTaskDefinitionCommand({ family, containerDefinitions: [{ name: 'app', memory: 128, image: 'x' }] }));
    const scope = await motoScope(['us-east-1']);

    const ecs = await loadService({ ...scope, config: { ...DEFAULT_AWS_CONFIG, max_ecs_task_definitions: 2 } }, 'ecs', ['taskDefinitions']);

    expect(ecs.taskDefinitions.all()).toHaveLength(2);
  });
});
