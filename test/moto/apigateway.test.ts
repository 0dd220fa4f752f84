import {
  APIGatewayClient,
  CreateAuthorizerCommand,
  CreateDeploymentCommand,
  CreateDomainNameCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  PutMethodCommand,
  PutIntegrationCommand,
  UpdateStageCommand,
} from '@aws-sdk/client-api-gateway';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, readFields, resourceAt } from '../helpers/loaded.js';
import { loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';
import { secret } from '../../src/services/resource-map.js';

/** Shaped like an access key ID, made up for this test. */
const FAKE_ACCESS_KEY_ID = ['AKIA', 'Q3WZ7RT5YU8IO2PN'].join('');

async function addMethod(client: APIGatewayClient, restApiId: string, resourceId: string, httpMethod: string, authorizationType: string) {
  await client.send(new PutMethodCommand({ restApiId, resourceId, httpMethod, authorizationType }));
  await client.send(new PutIntegrationCommand({ restApiId, resourceId, httpMethod, type: 'MOCK' }));
}

describe('API Gateway collections against moto', () => {
  beforeEach(resetMoto);

  it('reads REST APIs, authorizers, methods, stages and domain names in every scanned region', async () => {
    const west = new APIGatewayClient(seedConfig('eu-west-1'));
    const east = new APIGatewayClient(seedConfig('us-east-1'));
    const orders = await west.send(new CreateRestApiCommand({ name: 'orders', endpointConfiguration: { types: ['REGIONAL'] }, tags: { team: 'shop' } }));
    const internal = await east.send(new CreateRestApiCommand({ name: 'internal', endpointConfiguration: { types: ['PRIVATE'] } }));
    const ordersId = orders.id!;
    await west.send(
      new CreateAuthorizerCommand({ restApiId: ordersId, name: 'jwt', type: 'COGNITO_USER_POOLS', providerARNs: ['arn:aws:cognito-idp:eu-west-1:123456789012:userpool/x'], identitySource: 'method.request.header.Authorization' }),
    );
    const root = (await west.send(new GetResourcesCommand({ restApiId: ordersId }))).items!.find((item) => item.path === '/')!;
    const items = await west.send(new CreateResourceCommand({ restApiId: ordersId, parentId: root.id!, pathPart: 'items' }));
    await addMethod(west, ordersId, items.id!, 'GET', 'NONE');
    await addMethod(west, ordersId, items.id!, 'OPTIONS', 'NONE');
    await west.send(new CreateDeploymentCommand({ restApiId: ordersId, stageName: 'prod', variables: { backend: 'orders.internal', key: FAKE_ACCESS_KEY_ID } }));
    await west.send(
      new UpdateStageCommand({
        restApiId: ordersId,
        stageName: 'prod',
        patchOperations: [
          { op: 'replace', path: '/*/*/logging/loglevel', value: 'INFO' },
          { op: 'replace', path: '/*/*/caching/enabled', value: 'true' },
          { op: 'replace', path: '/*/*/caching/dataEncrypted', value: 'false' },
          { op: 'replace', path: '/tracingEnabled', value: 'true' },
        ],
      }),
    );
    await west.send(new CreateDomainNameCommand({ domainName: 'api.example.com', securityPolicy: 'TLS_1_2', regionalCertificateArn: 'arn:aws:acm:eu-west-1:123456789012:certificate/x' }));

    const apigateway = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'apigateway');

    expect(failuresIn(apigateway)).toEqual([]);
    const ordersArn = `arn:aws:apigateway:eu-west-1::/restapis/${ordersId}`;
    const internalArn = `arn:aws:apigateway:us-east-1::/restapis/${internal.id}`;
    expect(readAll(apigateway.restApis).map((api) => [api.arn, api.name, api.publicEndpoint]).sort()).toEqual([
      [ordersArn, 'orders', true],
      [internalArn, 'internal', false],
    ]);
    expect(resourceAt(apigateway.restApis, ordersArn).tags).toEqual({ team: 'shop' });
    expect(readFields(resourceAt(apigateway.authorizers, ordersArn)).hasAuthorizer).toBe(true);
    expect(readFields(resourceAt(apigateway.authorizers, internalArn)).hasAuthorizer).toBe(false);
    expect(readFields(resourceAt(apigateway.methodAuthorization, ordersArn)).methods).toEqual([{ path: '/items', httpMethod: 'GET', authorizationType: 'NONE' }]);
    expect(readFields(resourceAt(apigateway.stages, internalArn)).stages).toEqual([]);
    expect(readFields(resourceAt(apigateway.stages, ordersArn)).stages).toEqual([
      {
        name: 'prod',
        arn: `${ordersArn}/stages/prod`,
        tags: {},
        loggingEnabled: true,
        clientCertificateEnabled: false,
        webAclArn: null,
        tracingEnabled: true,
        cachingEnabled: true,
        cacheDataEncrypted: false,
        variables: secret({ backend: 'orders.internal', key: FAKE_ACCESS_KEY_ID }),
      },
    ]);
    const [scanned] = readFields(resourceAt(apigateway.stageVariableSecrets, ordersArn)).stages;
    expect(scanned?.variableScan).toEqual({ scanned: true, secrets: [{ variable: 'key', kind: 'AWS access key' }] });
    expect(readAll(apigateway.domainNames).map((domain) => [domain.arn, domain.securityPolicy])).toEqual([
      ['arn:aws:apigateway:eu-west-1::/domainnames/api.example.com', 'TLS_1_2'],
    ]);
  });

  it('an empty account lists nothing and no failures', async () => {
    const apigateway = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'apigateway');
    expect(apigateway.restApis.all()).toEqual([]);
    expect(apigateway.domainNames.all()).toEqual([]);
    expect(failuresIn(apigateway)).toEqual([]);
  });
});
