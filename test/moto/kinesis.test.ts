import { CreateStreamCommand, IncreaseStreamRetentionPeriodCommand, KinesisClient, StartStreamEncryptionCommand } from '@aws-sdk/client-kinesis';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

/** Kinesis clients speak HTTP/2 by default, which moto does not; the scanner's own clients use HTTP/1.1. */
const seedClient = (region: string) => new KinesisClient({ ...seedConfig(region), requestHandler: new NodeHttpHandler() });

describe('Kinesis collections against moto', () => {
  beforeEach(resetMoto);

  it('reads every stream with its encryption and retention, per region', async () => {
    const east = seedClient('us-east-1');
    await east.send(new CreateStreamCommand({ StreamName: 'clicks', ShardCount: 1 }));
    await east.send(new StartStreamEncryptionCommand({ StreamName: 'clicks', EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' }));
    await east.send(new IncreaseStreamRetentionPeriodCommand({ StreamName: 'clicks', RetentionPeriodHours: 168 }));
    await east.send(new CreateStreamCommand({ StreamName: 'audit', ShardCount: 1 }));
    await seedClient('eu-west-1').send(new CreateStreamCommand({ StreamName: 'raw', ShardCount: 1 }));

    const kinesis = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'kinesis');

    expect(failuresIn(kinesis)).toEqual([]);
    const streams = readAll(kinesis.streams).sort((a, b) => a.arn.localeCompare(b.arn));
    expect(streams).toEqual([
      {
        arn: `arn:aws:kinesis:eu-west-1:${MOTO_ACCOUNT}:stream/raw`,
        id: 'raw',
        name: 'raw',
        region: 'eu-west-1',
        tags: {},
        status: 'ACTIVE',
        settings: { encryptionType: 'NONE', retentionHours: 24 },
      },
      {
        arn: `arn:aws:kinesis:us-east-1:${MOTO_ACCOUNT}:stream/audit`,
        id: 'audit',
        name: 'audit',
        region: 'us-east-1',
        tags: {},
        status: 'ACTIVE',
        settings: { encryptionType: 'NONE', retentionHours: 24 },
      },
      {
        arn: `arn:aws:kinesis:us-east-1:${MOTO_ACCOUNT}:stream/clicks`,
        id: 'clicks',
        name: 'clicks',
        region: 'us-east-1',
        tags: {},
        status: 'ACTIVE',
        settings: { encryptionType: 'KMS', retentionHours: 168 },
      },
    ]);
  });
});
