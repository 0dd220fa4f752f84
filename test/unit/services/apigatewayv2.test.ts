import { ApiGatewayV2Client, GetApisCommand, GetAuthorizersCommand } from '@aws-sdk/client-apigatewayv2';
import { mockClient } from 'aws-sdk-client-mock';
import pLimit from 'p-limit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ClientFactory } from '../../../src/provider/clients.js';
import type { AccountScope } from '../../../src/provider/provider.js';
import type { HttpApiAuthorizers } from '../../../src/services/apigatewayv2/apigatewayv2.js';
import { CollectionLoader } from '../../../src/services/loader.js';
import type { ResourceMap } from '../../../src/services/resource-map.js';
import { readAll } from '../../helpers/loaded.js';

// moto 5.2 has no GetAuthorizers for API Gateway V2; the other reads are tested against moto in
// test/moto/apigatewayv2.test.ts.
const ACCOUNT: AccountScope = {
  id: '111122223333',
  partition: 'aws',
  callerArn: 'arn:aws:iam::111122223333:user/auditor',
  regions: ['eu-west-1'],
  globalRegion: 'us-east-1',
};

async function loadAuthorizers(): Promise<ResourceMap<HttpApiAuthorizers>> {
  const credentials = () => Promise.resolve({ accessKeyId: 'testing', secretAccessKey: 'testing' });
  const loader = new CollectionLoader({ account: ACCOUNT, clients: new ClientFactory({ credentials, limit: pLimit(4) }) });
  return (await loader.collection('apigatewayv2', 'authorizers')) as ResourceMap<HttpApiAuthorizers>;
}

describe('API Gateway V2 authorizers (mocked: moto has no GetAuthorizers)', () => {
  const apigatewayv2 = mockClient(ApiGatewayV2Client);
  afterEach(() => apigatewayv2.reset());
  afterAll(() => apigatewayv2.restore());

  it('reads whether each API has an authorizer, one call per API', async () => {
    apigatewayv2
      .on(GetApisCommand, { NextToken: undefined })
      .resolves({ Items: [{ ApiId: 'guarded', Name: 'guarded', ProtocolType: 'HTTP', RouteSelectionExpression: '$request.method $request.path' }], NextToken: 'next' })
      .on(GetApisCommand, { NextToken: 'next' })
      .resolves({ Items: [{ ApiId: 'open', Name: 'open', ProtocolType: 'HTTP', RouteSelectionExpression: '$request.method $request.path' }] });
    apigatewayv2.on(GetAuthorizersCommand, { ApiId: 'guarded' }).resolves({ Items: [{ AuthorizerId: 'a1', Name: 'jwt' }] });
    apigatewayv2.on(GetAuthorizersCommand, { ApiId: 'open' }).resolves({ Items: [] });

    const authorizers = await loadAuthorizers();

    expect(authorizers.failures).toEqual([]);
    expect(readAll(authorizers).map((api) => [api.arn, api.hasAuthorizer]).sort()).toEqual([
      ['arn:aws:apigateway:eu-west-1::apis/guarded', true],
      ['arn:aws:apigateway:eu-west-1::apis/open', false],
    ]);
    expect(apigatewayv2.commandCalls(GetAuthorizersCommand)).toHaveLength(2);
  });

  it('an API whose authorizers cannot be read keeps them unread', async () => {
    apigatewayv2.on(GetApisCommand).resolves({ Items: [{ ApiId: 'x', Name: 'x', ProtocolType: 'HTTP', RouteSelectionExpression: '$request.method $request.path' }] });
    apigatewayv2.on(GetAuthorizersCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDeniedException' }));
    const authorizers = await loadAuthorizers();
    expect(authorizers.found().map((api) => api.id)).toEqual(['x']);
    expect(authorizers.failures).toMatchObject([{ operation: 'GetAuthorizers', region: 'eu-west-1', resourceArn: 'arn:aws:apigateway:eu-west-1::apis/x' }]);
  });
});
