import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

describe('SNS collections against moto', () => {
  beforeEach(resetMoto);

  it('lists topics with their attributes and subscriptions in every scanned region', async () => {
    const west = new SNSClient(seedConfig('eu-west-1'));
    const alerts = await west.send(new CreateTopicCommand({ Name: 'alerts', Attributes: { KmsMasterKeyId: 'alias/aws/sns' } }));
    await west.send(new SubscribeCommand({ TopicArn: alerts.TopicArn, Protocol: 'http', Endpoint: 'http://hooks.example.com/in' }));
    await new SNSClient(seedConfig('us-east-1')).send(new CreateTopicCommand({ Name: 'events' }));

    const sns = await loadService(await motoScope(REGIONS), 'sns');

    expect(failuresIn(sns)).toEqual([]);
    expect(readFields(resourceAt(sns.topics, `arn:aws:sns:eu-west-1:${MOTO_ACCOUNT}:alerts`))).toMatchObject({ id: 'alerts', attributes: { kmsMasterKeyId: 'alias/aws/sns' } });
    expect(readFields(resourceAt(sns.topics, `arn:aws:sns:us-east-1:${MOTO_ACCOUNT}:events`))).toMatchObject({ region: 'us-east-1', attributes: { kmsMasterKeyId: null } });
    expect(readAll(sns.subscriptions)).toEqual([expect.objectContaining({ region: 'eu-west-1', topicArn: alerts.TopicArn, protocol: 'http', endpoint: 'http://hooks.example.com/in' })]);
  });

  it('an empty account lists no topics and no failures', async () => {
    const sns = await loadService(await motoScope(REGIONS), 'sns');
    expect(failuresIn(sns)).toEqual([]);
    expect(sns.subscriptions.all()).toEqual([]);
  });
});
