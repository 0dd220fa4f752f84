import { CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

describe('KMS collections against moto', () => {
  beforeEach(resetMoto);

  it('reads keys, their rotation and tags in every scanned region', async () => {
    const west = new KMSClient(seedConfig('eu-west-1'));
    const east = new KMSClient(seedConfig('us-east-1'));
    const rotating = await west.send(new CreateKeyCommand({ Tags: [{ TagKey: 'team', TagValue: 'data' }] }));
    await west.send(new EnableKeyRotationCommand({ KeyId: rotating.KeyMetadata!.KeyId }));
    const plain = await east.send(new CreateKeyCommand({}));

    const kms = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'kms');

    expect(failuresIn(kms)).toEqual([]);
    expect(kms.keys.all()).toHaveLength(2);
    expect(readFields(resourceAt(kms.keys, rotating.KeyMetadata!.Arn!))).toMatchObject({
      region: 'eu-west-1',
      manager: 'CUSTOMER',
      rotationEnabled: true,
      tags: { team: 'data' },
    });
    expect(readFields(resourceAt(kms.keys, plain.KeyMetadata!.Arn!))).toMatchObject({ region: 'us-east-1', rotationEnabled: false });
  });

  it('an empty account lists no keys and no failures', async () => {
    const kms = await loadService(await motoScope(['eu-west-1']), 'kms');
    expect(kms.keys.all()).toEqual([]);
    expect(failuresIn(kms)).toEqual([]);
  });
});
