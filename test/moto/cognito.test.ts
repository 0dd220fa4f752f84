import { CognitoIdentityClient, CreateIdentityPoolCommand } from '@aws-sdk/client-cognito-identity';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  SetUserPoolMfaConfigCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

const REGIONS = ['eu-west-1', 'us-east-1'];

describe('Cognito collections against moto', () => {
  beforeEach(resetMoto);

  it('reads user pools with their settings, MFA and app clients, per region', async () => {
    const west = new CognitoIdentityProviderClient(seedConfig('eu-west-1'));
    const east = new CognitoIdentityProviderClient(seedConfig('us-east-1'));
    const strict = (
      await west.send(
        new CreateUserPoolCommand({
          PoolName: 'strict',
          Policies: {
            PasswordPolicy: {
              MinimumLength: 16,
              RequireLowercase: true,
              RequireUppercase: false,
              RequireNumbers: true,
              RequireSymbols: false,
              TemporaryPasswordValidityDays: 3,
            },
          },
          DeletionProtection: 'ACTIVE',
          UserPoolAddOns: { AdvancedSecurityMode: 'AUDIT' },
          AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
          UserPoolTags: { team: 'identity' },
        }),
      )
    ).UserPool!;
    await west.send(new SetUserPoolMfaConfigCommand({ UserPoolId: strict.Id, SoftwareTokenMfaConfiguration: { Enabled: true }, MfaConfiguration: 'ON' }));
    const client = (
      await west.send(new CreateUserPoolClientCommand({ UserPoolId: strict.Id, ClientName: 'web', PreventUserExistenceErrors: 'ENABLED', EnableTokenRevocation: false }))
    ).UserPoolClient!;
    // moto fills in its own defaults for a pool created with a name alone.
    const plain = (await east.send(new CreateUserPoolCommand({ PoolName: 'plain' }))).UserPool!;
    const legacy = (await east.send(new CreateUserPoolClientCommand({ UserPoolId: plain.Id, ClientName: 'legacy' }))).UserPoolClient!;

    const scope = await motoScope(REGIONS);
    const callsBefore = new Map(scope.clients.calls);
    const cognito = await loadService(scope, 'cognito', ['userPools', 'userPoolMfa', 'userPoolRiskResponses', 'userPoolClients']);

    expect(failuresIn(cognito)).toEqual([]);
    const callsMade = Object.fromEntries(
      [...scope.clients.calls].flatMap(([operation, count]) => (count > (callsBefore.get(operation) ?? 0) ? [[operation, count - (callsBefore.get(operation) ?? 0)]] : [])),
    );
    // Each pool is described once for every collection that reads it; neither pool enforces
    // advanced security, so no risk configuration is asked for (moto has none to give).
    expect(callsMade).toEqual({
      'CognitoIdentityProvider:ListUserPools': 2,
      'CognitoIdentityProvider:DescribeUserPool': 2,
      'CognitoIdentityProvider:GetUserPoolMfaConfig': 2,
      'CognitoIdentityProvider:ListUserPoolClients': 2,
      'CognitoIdentityProvider:DescribeUserPoolClient': 2,
    });
    const strictArn = `arn:aws:cognito-idp:eu-west-1:${MOTO_ACCOUNT}:userpool/${strict.Id}`;
    const plainArn = `arn:aws:cognito-idp:us-east-1:${MOTO_ACCOUNT}:userpool/${plain.Id}`;
    expect(readFields(resourceAt(cognito.userPools, strictArn))).toEqual({
      arn: strictArn,
      id: strict.Id,
      name: 'strict',
      region: 'eu-west-1',
      tags: { team: 'identity' },
      settings: {
        passwordPolicy: {
          minimumLength: 16,
          requireLowercase: true,
          requireUppercase: false,
          requireNumbers: true,
          requireSymbols: false,
          temporaryPasswordValidityDays: 3,
        },
        deletionProtection: 'ACTIVE',
        advancedSecurityMode: 'AUDIT',
        adminCreateUserOnly: true,
      },
    });
    expect(readFields(resourceAt(cognito.userPools, plainArn))).toMatchObject({
      region: 'us-east-1',
      tags: {},
      settings: { deletionProtection: 'INACTIVE', advancedSecurityMode: 'OFF', adminCreateUserOnly: false, passwordPolicy: { minimumLength: 8 } },
    });
    expect(readAll(cognito.userPoolMfa).map((pool) => [pool.name, pool.mfaConfiguration]).sort()).toEqual([
      ['plain', 'OFF'],
      ['strict', 'ON'],
    ]);
    expect(readAll(cognito.userPoolRiskResponses).map((pool) => pool.riskResponses)).toEqual([null, null]);
    expect(readAll(cognito.userPoolClients).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      {
        arn: `${plainArn}/client/${legacy.ClientId}`,
        id: legacy.ClientId,
        name: 'legacy',
        region: 'us-east-1',
        tags: {},
        userPoolId: plain.Id,
        settings: { preventUserExistenceErrors: '', tokenRevocationEnabled: true },
      },
      {
        arn: `${strictArn}/client/${client.ClientId}`,
        id: client.ClientId,
        name: 'web',
        region: 'eu-west-1',
        tags: { team: 'identity' },
        userPoolId: strict.Id,
        settings: { preventUserExistenceErrors: 'ENABLED', tokenRevocationEnabled: false },
      },
    ]);
  });

  it('reads identity pools with their guest access and tags, per region', async () => {
    const west = new CognitoIdentityClient(seedConfig('eu-west-1'));
    const east = new CognitoIdentityClient(seedConfig('us-east-1'));
    const open = await west.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'open', AllowUnauthenticatedIdentities: true }));
    const closed = await east.send(new CreateIdentityPoolCommand({ IdentityPoolName: 'closed', AllowUnauthenticatedIdentities: false, IdentityPoolTags: { team: 'apps' } }));

    const cognito = await loadService(await motoScope(REGIONS), 'cognito', ['identityPools']);

    expect(failuresIn(cognito)).toEqual([]);
    expect(readAll(cognito.identityPools).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      {
        arn: `arn:aws:cognito-identity:us-east-1:${MOTO_ACCOUNT}:identitypool/${closed.IdentityPoolId}`,
        id: closed.IdentityPoolId,
        name: 'closed',
        region: 'us-east-1',
        tags: { team: 'apps' },
        allowsUnauthenticatedIdentities: false,
      },
      {
        arn: `arn:aws:cognito-identity:eu-west-1:${MOTO_ACCOUNT}:identitypool/${open.IdentityPoolId}`,
        id: open.IdentityPoolId,
        name: 'open',
        region: 'eu-west-1',
        tags: {},
        allowsUnauthenticatedIdentities: true,
      },
    ]);
  });

  it('an empty account lists no pools and no failures', async () => {
    const cognito = await loadService(await motoScope(REGIONS), 'cognito', ['userPools', 'userPoolMfa', 'userPoolClients', 'identityPools']);
    expect(failuresIn(cognito)).toEqual([]);
    for (const listed of [cognito.userPools, cognito.userPoolMfa, cognito.userPoolClients, cognito.identityPools]) expect(listed.all()).toEqual([]);
  });
});
