import { CreateSecretCommand, PutResourcePolicyCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

describe('Secrets Manager collections against moto', () => {
  beforeEach(resetMoto);

  it('reads secrets and their resource policies in every scanned region', async () => {
    const west = new SecretsManagerClient(seedConfig('eu-west-1'));
    const east = new SecretsManagerClient(seedConfig('us-east-1'));
    const guarded = await west.send(new CreateSecretCommand({ Name: 'db-password', SecretString: 'x', Tags: [{ Key: 'team', Value: 'data' }] }));
    const policy = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 'secretsmanager:*', Resource: '*', Condition: { StringNotEquals: { 'aws:PrincipalArn': `arn:aws:iam::${MOTO_ACCOUNT}:role/app` } } }],
    };
    await west.send(new PutResourcePolicyCommand({ SecretId: guarded.ARN, ResourcePolicy: JSON.stringify(policy) }));
    const bare = await east.send(new CreateSecretCommand({ Name: 'api-token', SecretString: 'y' }));

    const secretsmanager = await loadService(await motoScope(REGIONS), 'secretsmanager');

    expect(failuresIn(secretsmanager)).toEqual([]);
    expect(readFields(resourceAt(secretsmanager.secrets, guarded.ARN!))).toMatchObject({
      id: 'db-password',
      region: 'eu-west-1',
      tags: { team: 'data' },
      rotationEnabled: false,
      lastRotatedDate: null,
    });
    expect(readFields(resourceAt(secretsmanager.secretPolicies, guarded.ARN!)).policy).toMatchObject({
      Statement: [{ Effect: 'Deny', Principal: { AWS: ['*'] }, Action: ['secretsmanager:*'] }],
    });
    expect(readFields(resourceAt(secretsmanager.secretPolicies, bare.ARN!))).toMatchObject({ region: 'us-east-1', policy: null });
  });

  it('an empty account lists no secrets and no failures', async () => {
    const secretsmanager = await loadService(await motoScope(REGIONS), 'secretsmanager');
    expect(failuresIn(secretsmanager)).toEqual([]);
    expect(secretsmanager.secretPolicies.all()).toEqual([]);
  });
});
