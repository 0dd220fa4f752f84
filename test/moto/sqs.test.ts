import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

describe('SQS collections against moto', () => {
  beforeEach(resetMoto);

  it('lists queues with their attributes in every scanned region', async () => {
    const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }] };
    await new SQSClient(seedConfig('eu-west-1')).send(new CreateQueueCommand({ QueueName: 'inbox', Attributes: { Policy: JSON.stringify(policy), SqsManagedSseEnabled: 'false' } }));
    await new SQSClient(seedConfig('us-east-1')).send(new CreateQueueCommand({ QueueName: 'jobs', Attributes: { KmsMasterKeyId: 'alias/aws/sqs' } }));

    const sqs = await loadService(await motoScope(REGIONS), 'sqs');

    expect(failuresIn(sqs)).toEqual([]);
    const inbox = readFields(resourceAt(sqs.queues, `arn:aws:sqs:eu-west-1:${MOTO_ACCOUNT}:inbox`));
    expect(inbox).toMatchObject({ name: 'inbox', region: 'eu-west-1' });
    expect(inbox.id).toMatch(/\/123456789012\/inbox$/);
    expect(inbox.attributes).toMatchObject({ kmsMasterKeyId: null, sqsManagedSse: false, policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: ['*'] } }] } });
    expect(readFields(resourceAt(sqs.queues, `arn:aws:sqs:us-east-1:${MOTO_ACCOUNT}:jobs`)).attributes).toMatchObject({ kmsMasterKeyId: 'alias/aws/sqs', policy: null });
  });

  it('an empty account lists no queues and no failures', async () => {
    const sqs = await loadService(await motoScope(REGIONS), 'sqs');
    expect(failuresIn(sqs)).toEqual([]);
    expect(sqs.queues.all()).toEqual([]);
  });
});
