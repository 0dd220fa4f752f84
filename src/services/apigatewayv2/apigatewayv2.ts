import { ApiGatewayV2Client, GetApisCommand, GetAuthorizersCommand, GetStagesCommand } from '@aws-sdk/client-apigatewayv2';
import { z } from 'zod';
import { defineCollection, parse, type LoadContext } from '../collection.js';
import type { AwsResource, Field } from '../resource-map.js';
import { perListedResource, tokenPages } from '../listing.js';

/** An HTTP or WebSocket API. Its ARN is the one Prowler reports: `...::apis/<id>`, with no leading slash. */
export interface HttpApi extends AwsResource {
  name: string;
}

export interface HttpApiAuthorizers extends HttpApi {
  /** Whether any authorizer is defined on the API. */
  hasAuthorizer: Field<boolean>;
}

export interface HttpApiStage {
  name: string;
  /** The stage sends access logs somewhere. */
  accessLogging: boolean;
}

export interface HttpApiStages extends HttpApi {
  /** In the order GetStages lists them. */
  stages: Field<HttpApiStage[]>;
}

const ApiSchema = z.object({ ApiId: z.string(), Name: z.string().default(''), Tags: z.record(z.string(), z.string()).nullish() });

const ItemsSchema = z.array(z.unknown()).nullish();

const StageSchema = z.object({ StageName: z.string(), AccessLogSettings: z.unknown().optional() });

/** Page size for API Gateway V2 listings, which take it as a string. */
const PAGE_SIZE = '500';

const apis = defineCollection<HttpApi>({
  service: 'apigatewayv2',
  name: 'apis',
  scope: 'regional',
  async load(context) {
    const client = context.client(ApiGatewayV2Client);
    const pages = tokenPages(
      (NextToken) => client.send(new GetApisCommand({ MaxResults: PAGE_SIZE, NextToken })),
      (page) => page.NextToken,
    );
    for (const api of await context.items('GetApis', pages, (page) => page.Items, ApiSchema, 'API Gateway V2 API')) {
      context.resources.add({
        arn: `arn:${context.account.partition}:apigateway:${context.region}::apis/${api.ApiId}`,
        id: api.ApiId,
        name: api.Name,
        region: context.region,
        tags: api.Tags ?? {},
      });
    }
  },
});

/** Whether each API has an authorizer: one GetAuthorizers call per API, whose first page answers. */
const authorizers = perApi<HttpApiAuthorizers>('authorizers', 'GetAuthorizers', async (context, api) => ({
  ...api,
  hasAuthorizer: await context.field('GetAuthorizers', api.arn, async () => {
    const response = await context.client(ApiGatewayV2Client).send(new GetAuthorizersCommand({ ApiId: api.id, MaxResults: PAGE_SIZE }));
    return (parse(ItemsSchema, response.Items, 'API Gateway V2 authorizers') ?? []).length > 0;
  }),
}));

/** Each API's stages: GetStages per API. */
const stages = perApi<HttpApiStages>('stages', 'GetStages', async (context, api) => ({
  ...api,
  stages: await context.field('GetStages', api.arn, async () => {
    const client = context.client(ApiGatewayV2Client);
    const pages = tokenPages(
      (NextToken) => client.send(new GetStagesCommand({ ApiId: api.id, MaxResults: PAGE_SIZE, NextToken })),
      (page) => page.NextToken,
    );
    const listed: HttpApiStage[] = [];
    for await (const page of pages) {
      for (const stage of page.Items ?? []) {
        const { StageName: name, AccessLogSettings: accessLogSettings } = parse(StageSchema, stage, 'API Gateway V2 stage');
        listed.push({ name, accessLogging: accessLogSettings !== undefined && accessLogSettings !== null });
      }
    }
    return listed;
  }),
}));

export default { apis, authorizers, stages };

function perApi<T extends HttpApi>(name: string, operation: string, read: (context: LoadContext<T>, api: HttpApi) => Promise<T>) {
  return perListedResource<T, HttpApi>({ service: 'apigatewayv2', name, scope: 'regional', listed: apis, operation, read });
}
