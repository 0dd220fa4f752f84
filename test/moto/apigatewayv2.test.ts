import { ApiGatewayV2Client, CreateApiCommand, CreateStageCommand } from '@aws-sdk/client-apigatewayv2';
import { beforeEach, describe, expect, it } from 'vitest';
import { failuresIn, readAll, resourceAt } from '../helpers/loaded.js';
import { MOTO_ACCOUNT, loadService, motoScope, resetMoto, seedConfig } from '../helpers/moto.js';

// moto 5.2 has no GetAuthorizers; the authorizers collection is tested with mocks in
// test/unit/services/apigatewayv2.test.ts.
describe('API Gateway V2 collections against moto', () => {
  beforeEach(resetMoto);

  it('reads APIs and their stages, in order, in every scanned region', async () => {
    const west = new ApiGatewayV2Client(seedConfig('eu-west-1'));
    const east = new ApiGatewayV2Client(seedConfig('us-east-1'));
    const http = await west.send(new CreateApiCommand({ Name: 'http', ProtocolType: 'HTTP', Tags: { team: 'web' } }));
    const socket = await east.send(new CreateApiCommand({ Name: 'socket', ProtocolType: 'WEBSOCKET', RouteSelectionExpression: '$request.body.action' }));
    const logGroup = `arn:aws:logs:eu-west-1:${MOTO_ACCOUNT}:log-group:api`;
    await west.send(new CreateStageCommand({ ApiId: http.ApiId, StageName: 'prod', AccessLogSettings: { DestinationArn: logGroup, Format: '$context.requestId' } }));
    await west.send(new CreateStageCommand({ ApiId: http.ApiId, StageName: 'dev' }));

    const apigatewayv2 = await loadService(await motoScope(['eu-west-1', 'us-east-1']), 'apigatewayv2', ['apis', 'stages']);

    expect(failuresIn(apigatewayv2)).toEqual([]);
    const httpArn = `arn:aws:apigateway:eu-west-1::apis/${http.ApiId}`;
    const socketArn = `arn:aws:apigateway:us-east-1::apis/${socket.ApiId}`;
    expect(readAll(apigatewayv2.apis).map((api) => [api.arn, api.name, api.region]).sort()).toEqual([
      [httpArn, 'http', 'eu-west-1'],
      [socketArn, 'socket', 'us-east-1'],
    ]);
    expect(resourceAt(apigatewayv2.apis, httpArn).tags).toEqual({ team: 'web' });
    expect(readAll(apigatewayv2.stages).map((api) => [api.name, api.stages]).sort()).toEqual([
      [
        'http',
        [
          { name: 'prod', accessLogging: true },
          { name: 'dev', accessLogging: false },
        ],
      ],
      ['socket', []],
    ]);
  });

  it('an empty account lists no APIs and no failures', async () => {
    const apigatewayv2 = await loadService(await motoScope(['eu-west-1']), 'apigatewayv2', ['apis', 'stages']);
    expect(apigatewayv2.apis.all()).toEqual([]);
    expect(failuresIn(apigatewayv2)).toEqual([]);
  });
});
