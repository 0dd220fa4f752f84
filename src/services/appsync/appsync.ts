import { AppSyncClient, paginateListGraphqlApis } from '@aws-sdk/client-appsync';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/** ListGraphqlApis returns at most 25 APIs a page. */
const APIS_PAGE_SIZE = 25;

/** An AppSync GraphQL API (plain or merged); `id` is its API ID. */
export interface GraphqlApi extends AwsResource {
  name: string;
  /** GRAPHQL or MERGED; GRAPHQL when AWS gives none, as Prowler assumes. */
  apiType: string;
  /** The field resolver log level (NONE, ERROR, INFO, DEBUG, ALL); '' when logging is not configured. */
  fieldLogLevel: string;
  /** The primary authorization type; API_KEY when AWS gives none, as Prowler assumes. */
  authenticationType: string;
}

const ApiSchema = z.object({
  apiId: z.string(),
  arn: z.string(),
  name: z.string(),
  apiType: z.string().nullish(),
  logConfig: z.object({ fieldLogLevel: z.string().nullish() }).nullish(),
  authenticationType: z.string().nullish(),
  tags: z.record(z.string(), z.string()).nullish(),
});

/** Every GraphQL API of the region, as ListGraphqlApis describes it: no call per API. */
const graphqlApis = defineCollection<GraphqlApi>({
  service: 'appsync',
  name: 'graphqlApis',
  scope: 'regional',
  async load(context) {
    const pages = paginateListGraphqlApis({ client: context.client(AppSyncClient), pageSize: APIS_PAGE_SIZE }, {});
    for (const api of await context.items('ListGraphqlApis', pages, (page) => page.graphqlApis, ApiSchema, 'AppSync GraphQL API')) {
      context.resources.add({
        arn: api.arn,
        id: api.apiId,
        name: api.name,
        region: context.region,
        tags: api.tags ?? {},
        apiType: api.apiType ?? 'GRAPHQL',
        fieldLogLevel: api.logConfig?.fieldLogLevel ?? '',
        authenticationType: api.authenticationType ?? 'API_KEY',
      });
    }
  },
});

export default { graphqlApis };
