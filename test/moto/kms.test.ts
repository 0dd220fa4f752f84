import { CreateAliasCommand, CreateKeyCommand, EnableKeyRotationCommand, KMSClient } from '@aws-sdk/client-kms';
import { need } from '../../src/services/resource-map.js';
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

    const kms = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'kms', ['keys']);

    expect(failuresIn(kms)).toEqual([]);
    expect(kms.keys.all()).toHaveLength(2);
    expect(readFields(resourceAt(kms.keys, rotating.KeyMetadata!.Arn!))).toMatchObject({
      region: 'eu-west-1',
      manager: 'CUSTOMER',
      multiRegion: false,
      description: '',
      rotationEnabled: true,
      tags: { team: 'data' },
    });
    expect(readFields(resourceAt(kms.keys, plain.KeyMetadata!.Arn!))).toMatchObject({ region: 'us-east-1', rotationEnabled: false });
  });

  it('an empty account lists no keys and no failures', async () => {
    const kms = await loadService(await motoScope(['eu-west-1']), 'kms');
    expect(kms.keys.all()).toEqual([]);
    expect(kms.keyPolicies.all()).toEqual([]);
    expect(failuresIn(kms)).toEqual([]);
  });

  it('reads multi-Region keys, descriptions and each key policy once, in its region', async () => {
    const west = new KMSClient(seedConfig('eu-west-1'));
    const east = new KMSClient(seedConfig('us-east-1'));
    const publicPolicy = {
      Version: '2012-10-17',
      Statement: [{ Sid: 'anyone', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:Decrypt', Resource: '*' }],
    };
    const open = await west.send(new CreateKeyCommand({ Policy: JSON.stringify(publicPolicy), Description: 'enclave data key' }));
    const global = await east.send(new CreateKeyCommand({ MultiRegion: true }));
    await west.send(new CreateAliasCommand({ AliasName: 'alias/enclave-secrets', TargetKeyId: open.KeyMetadata!.KeyId }));
    await east.send(new CreateAliasCommand({ AliasName: 'alias/replicated', TargetKeyId: global.KeyMetadata!.KeyId }));

    const scope = await motoScope(['eu-west-1', 'us-east-1']);
    const kms = await loadService(scope, 'kms', ['keyPolicies']);

    expect(failuresIn(kms)).toEqual([]);
    expect(need(resourceAt(kms.keyPolicies, open.KeyMetadata!.Arn!).document)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Sid: 'anyone', Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['kms:Decrypt'], Resource: ['*'] }],
    });
    const defaultPolicy = need(resourceAt(kms.keyPolicies, global.KeyMetadata!.Arn!).document);
    expect(defaultPolicy.Statement[0]).toMatchObject({ Effect: 'Allow', Action: ['kms:*'] });
    expect(resourceAt(kms.keyPolicies, global.KeyMetadata!.Arn!).region).toBe('us-east-1');
    expect(scope.clients.calls.get('KMS:GetKeyPolicy')).toBe(2);

    const keys = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'kms', ['keys', 'keyAliases']);
    const customAliases = keys.keyAliases.all().filter((alias) => !alias.id.startsWith('alias/aws/'));
    expect(customAliases.map((alias) => [alias.id, alias.region, alias.targetKeyId]).sort()).toEqual([
      ['alias/enclave-secrets', 'eu-west-1', open.KeyMetadata!.KeyId],
      ['alias/replicated', 'us-east-1', global.KeyMetadata!.KeyId],
    ]);
    expect(readFields(resourceAt(keys.keys, open.KeyMetadata!.Arn!))).toMatchObject({ multiRegion: false, description: 'enclave data key' });
    expect(readFields(resourceAt(keys.keys, global.KeyMetadata!.Arn!))).toMatchObject({ multiRegion: true, region: 'us-east-1' });
  });
});
