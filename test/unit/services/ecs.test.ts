import { DescribeTaskDefinitionCommand, ECSClient, ListTaskDefinitionsCommand } from '@aws-sdk/client-ecs';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_AWS_CONFIG } from '../../../src/config/aws-config.js';
import { ClientFactory } from '../../../src/provider/clients.js';
import { failureOf } from '../../../src/services/resource-map.js';
import { FIXTURE_ACCOUNT } from '../../helpers/check-cases.js';
import { loadService } from '../../helpers/moto.js';

const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
const scope = (limit: number) => ({
  account: { ...FIXTURE_ACCOUNT, regions: ['eu-west-1', 'us-east-1'] },
  clients: new ClientFactory({ credentials, limit: pLimit(4) }),
  config: { ...DEFAULT_AWS_CONFIG, max_ecs_task_definitions: limit },
});
const arn = (region: string, name: string) => `arn:aws:ecs:${region}:${FIXTURE_ACCOUNT.id}:task-definition/${name}`;
const described = (registeredAt: string) => ({ taskDefinition: { containerDefinitions: [{ name: 'app' }], registeredAt: new Date(registeredAt) } });

// moto 5.2.1 gives task definitions no registration date, which decides which revisions the limit keeps.
describe('ECS task definition limit', () => {
  const ecs = mockClient(ECSClient);
  afterEach(() => ecs.reset());
  afterAll(() => ecs.restore());

  it('keeps the most recently registered revisions across regions; an undescribed one comes last and stays unread', async () => {
    ecs.on(ListTaskDefinitionsCommand).callsFake((_input, getClient) =>
      getClient()
        .config.region()
        .then((region: string) => ({ taskDefinitionArns: region === 'eu-west-1' ? [arn(region, 'old:1'), arn(region, 'lost:1')] : [arn(region, 'new:1'), arn(region, 'mid:1')] })),
    );
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: arn('eu-west-1', 'old:1') }).resolves(described('2025-01-01'));
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: arn('eu-west-1', 'lost:1') }).rejects(Object.assign(new Error('denied'), { name: 'AccessDeniedException' }));
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: arn('us-east-1', 'new:1') }).resolves(described('2026-03-01'));
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: arn('us-east-1', 'mid:1') }).resolves(described('2026-01-01'));

    const kept = await loadService(scope(3), 'ecs', ['taskDefinitions']);
    const all = await loadService(scope(0), 'ecs', ['taskDefinitions']);

    expect(kept.taskDefinitions.all().map((definition) => definition.id)).toEqual(['new:1', 'mid:1', 'old:1']);
    const lost = all.taskDefinitions.all().find((definition) => definition.id === 'lost:1');
    expect(lost && failureOf(lost.details)).toMatchObject({ operation: 'DescribeTaskDefinition', region: 'eu-west-1' });
  });
});
