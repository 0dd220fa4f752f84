import { CreateDeliveryStreamCommand, FirehoseClient, StartDeliveryStreamEncryptionCommand } from '@aws-sdk/client-firehose';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

async function createStream(region: string, name: string): Promise<FirehoseClient> {
  const client = new FirehoseClient(seedConfig(region));
  await client.send(
    new CreateDeliveryStreamCommand({
      DeliveryStreamName: name,
      DeliveryStreamType: 'DirectPut',
      ExtendedS3DestinationConfiguration: { RoleARN: `arn:aws:iam::${MOTO_ACCOUNT}:role/firehose`, BucketARN: `arn:aws:s3:::lake-${region}` },
    }),
  );
  return client;
}

describe('Firehose collections against moto', () => {
  beforeEach(resetMoto);

  it('reads every stream with its encryption, per region', async () => {
    const east = await createStream('us-east-1', 'sealed');
    await east.send(new StartDeliveryStreamEncryptionCommand({ DeliveryStreamName: 'sealed', DeliveryStreamEncryptionConfigurationInput: { KeyType: 'AWS_OWNED_CMK' } }));
    await createStream('eu-west-1', 'plain');

    const firehose = await loadService(await motoScope(['us-east-1', 'eu-west-1']), 'firehose');

    expect(failuresIn(firehose)).toEqual([]);
    expect(readAll(firehose.deliveryStreams).sort((a, b) => a.arn.localeCompare(b.arn))).toEqual([
      {
        arn: `arn:aws:firehose:eu-west-1:${MOTO_ACCOUNT}:deliverystream/plain`,
        id: 'plain',
        name: 'plain',
        region: 'eu-west-1',
        tags: {},
        configuration: { encryptionStatus: 'DISABLED', type: 'DirectPut', mskClusterArn: null },
      },
      {
        arn: `arn:aws:firehose:us-east-1:${MOTO_ACCOUNT}:deliverystream/sealed`,
        id: 'sealed',
        name: 'sealed',
        region: 'us-east-1',
        tags: {},
        configuration: { encryptionStatus: 'ENABLED', type: 'DirectPut', mskClusterArn: null },
      },
    ]);
  });
});
