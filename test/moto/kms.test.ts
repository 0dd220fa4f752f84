import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { beforeEach, describe, expect, it } from 'vitest';
import { KmsService } from '../../src/services/kms/kms.js';
import { motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

describe('KmsService against moto', () => {
  beforeEach(resetMoto);

  it('reads keys, their rotation and tags in every scanned region', async () => {
    const west = new KMSClient(seedConfig('eu-west-1'));
    const east = new KMSClient(seedConfig('us-east-1'));
    const rotating = await west.send(new CreateKeyCommand({ Tags: [{ TagKey: 'team', TagValue: 'data' }] }));
    await west.send(new EnableKeyRotationCommand({ KeyId: rotating.KeyMetadata!.KeyId }));
    const plain = await east.send(new CreateKeyCommand({}));

    const kms = new KmsService(await motoScope(['eu-west-1', 'us-east-1']));
    await kms.load();

    expect(kms.failures).toEqual([]);
    expect(kms.keys.size).toBe(2);
    const westKey = kms.keys.get(rotating.KeyMetadata!.Arn!)!;
    expect(westKey).toMatchObject({ region: 'eu-west-1', manager: 'CUSTOMER', rotationEnabled: true, tags: { team: 'data' } });
    expect(kms.keys.get(plain.KeyMetadata!.Arn!)).toMatchObject({ region: 'us-east-1', rotationEnabled: false });
  });

  it('an empty account lists no keys and no failures', async () => {
    const kms = new KmsService(await motoScope(['eu-west-1']));
    await kms.load();
    expect(kms.keys.size).toBe(0);
    expect(kms.failures).toEqual([]);
  });
});
