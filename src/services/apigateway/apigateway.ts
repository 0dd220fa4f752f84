import {
  APIGatewayClient,
  GetAuthorizersCommand,
  GetStagesCommand,
  paginateGetDomainNames,
  paginateGetResources,
  paginateGetRestApis,
} from '@aws-sdk/client-api-gateway';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { defineCollection, parse, type Collection, type LoadContext } from '../collection.js';
import { need, secret, type AwsResource, type Field } from '../resource-map.js';
import { perListedResource, readEach } from '../listing.js';

/** A REST API. Its ARN is API Gateway's resource path, which holds no account. */
export interface RestApi extends AwsResource {
  name: string;
  /** False only when PRIVATE is the API's one endpoint type. */
  publicEndpoint: boolean;
}

export interface RestApiAuthorizers extends RestApi {
  /** Whether any authorizer is defined on the API. */
  hasAuthorizer: Field<boolean>;
}

/** One method of one resource path, OPTIONS (CORS preflight) left out. */
export interface ApiMethod {
  path: string;
  httpMethod: string;
  /** NONE, AWS_IAM, CUSTOM or COGNITO_USER_POOLS. */
  authorizationType: string;
}

export interface RestApiAuthorization extends RestApiAuthorizers {
  methods: Field<ApiMethod[]>;
}

export interface ApiStage {
  name: string;
  arn: string;
  tags: Record<string, string>;
  /** Some method setting logs at a level other than OFF. */
  loggingEnabled: boolean;
  clientCertificateEnabled: boolean;
  /** The WAF web ACL the stage is associated with; null when none. */
  webAclArn: string | null;
  tracingEnabled: boolean;
  /** Some method setting caches responses. */
  cachingEnabled: boolean;
  /** Some method setting that caches responses also encrypts them. */
  cacheDataEncrypted: boolean;
  /** Stage variables, a `secret`. */
  variables: Field<Record<string, string>>;
}

export interface RestApiStages extends RestApi {
  stages: Field<ApiStage[]>;
}

/** A likely secret in a stage variable: the variable's name and what the value looks like, never the value. */
export interface StageVariableSecret {
  variable: string;
  kind: string;
}

/** What scanning one stage's variables found, or why they could not be scanned. */
export type StageVariableScan = { scanned: true; secrets: StageVariableSecret[] } | { scanned: false; reason: string };

export interface ScannedStage extends ApiStage {
  variableScan: StageVariableScan;
}

export interface RestApiStageSecrets extends RestApi {
  stages: Field<ScannedStage[]>;
}

/** A custom domain name of REST APIs. */
export interface DomainName extends AwsResource {
  /** The TLS security policy; empty when AWS names none. */
  securityPolicy: string;
}

const TagsSchema = z.record(z.string(), z.string()).nullish();

const RestApiSchema = z.object({
  id: z.string(),
  name: z.string().default(''),
  endpointConfiguration: z.object({ types: z.array(z.string()).nullish() }).nullish(),
  tags: TagsSchema,
});

const AuthorizersSchema = z.array(z.unknown()).nullish();

const ResourceSchema = z.object({
  path: z.string(),
  resourceMethods: z.record(z.string(), z.object({ authorizationType: z.string() })).nullish(),
});

const MethodSettingSchema = z.object({
  loggingLevel: z.string().nullish(),
  cachingEnabled: z.boolean().nullish(),
  cacheDataEncrypted: z.boolean().nullish(),
});

const StageSchema = z.object({
  stageName: z.string(),
  clientCertificateId: z.string().nullish(),
  webAclArn: z.string().nullish(),
  tracingEnabled: z.boolean().nullish(),
  methodSettings: z.record(z.string(), MethodSettingSchema).nullish(),
  variables: z.record(z.string(), z.string()).nullish(),
  tags: TagsSchema,
});

const StagesSchema = z.array(StageSchema).nullish();

const DomainNameSchema = z.object({ domainName: z.string(), securityPolicy: z.string().nullish(), tags: TagsSchema });

/** API Gateway's listings answer at most 500 items a page. */
const PAGE_SIZE = 500;

const restApis = defineCollection<RestApi>({
  service: 'apigateway',
  name: 'restApis',
  scope: 'regional',
  async load(context) {
    const pages = paginateGetRestApis({ client: context.client(APIGatewayClient), pageSize: PAGE_SIZE }, {});
    for (const api of await context.items('GetRestApis', pages, (page) => page.items, RestApiSchema, 'REST API')) {
      const types = api.endpointConfiguration?.types ?? [];
      context.resources.add({
        arn: apiGatewayArn(context, `/restapis/${api.id}`),
        id: api.id,
        name: api.name,
        region: context.region,
        tags: api.tags ?? {},
        publicEndpoint: !(types.length === 1 && types[0] === 'PRIVATE'),
      });
    }
  },
});

/** Whether each API has an authorizer: one GetAuthorizers call per API, whose first page answers. */
const authorizers = perRestApi<RestApiAuthorizers, RestApi>('authorizers', restApis, 'GetAuthorizers', async (context, api) => ({
  ...api,
  hasAuthorizer: await context.field('GetAuthorizers', api.arn, async () => {
    const response = await context.client(APIGatewayClient).send(new GetAuthorizersCommand({ restApiId: api.id, limit: PAGE_SIZE }));
    return (parse(AuthorizersSchema, response.items, 'REST API authorizers') ?? []).length > 0;
  }),
}));

/**
 * Each API's methods and how they are authorized: GetResources per API with the methods embedded,
 * instead of a GetMethod call per method.
 */
const methodAuthorization = perRestApi<RestApiAuthorization, RestApiAuthorizers>('methodAuthorization', authorizers, 'GetResources', async (context, api) => ({
  ...api,
  methods: await context.field('GetResources', api.arn, async () => {
    const pages = paginateGetResources({ client: context.client(APIGatewayClient), pageSize: PAGE_SIZE }, { restApiId: api.id, embed: ['methods'] });
    const methods: ApiMethod[] = [];
    for await (const page of pages) {
      for (const resource of page.items ?? []) {
        const { path, resourceMethods } = parse(ResourceSchema, resource, 'REST API resource');
        for (const [httpMethod, method] of Object.entries(resourceMethods ?? {})) {
          if (httpMethod !== 'OPTIONS') methods.push({ path, httpMethod, authorizationType: method.authorizationType });
        }
      }
    }
    return methods;
  }),
}));

/** Each API's stages: one GetStages call per API. */
const stages = perRestApi<RestApiStages, RestApi>('stages', restApis, 'GetStages', async (context, api) => ({
  ...api,
  stages: await context.field('GetStages', api.arn, async () => {
    const response = await context.client(APIGatewayClient).send(new GetStagesCommand({ restApiId: api.id }));
    return (parse(StagesSchema, response.item, 'REST API stages') ?? []).map((stage) => toStage(context, api, stage));
  }),
}));

/**
 * Each stage's variables scanned for secrets, here rather than in the check because detection is
 * asynchronous. Reads nothing from AWS beyond the stages.
 */
const stageVariableSecrets = perRestApi<RestApiStageSecrets, RestApiStages>('stageVariableSecrets', stages, 'GetStages', async (context, api) => ({
  ...api,
  // Stages that could not be read leave nothing to scan: their failure stands for the scan.
  stages: await context.field('GetStages', api.arn, () =>
    readEach(need(api.stages), async (stage) => ({ ...stage, variableScan: await scanVariables(need(stage.variables), context.config.secrets_ignore_patterns) })),
  ),
}));

const domainNames = defineCollection<DomainName>({
  service: 'apigateway',
  name: 'domainNames',
  scope: 'regional',
  async load(context) {
    const pages = paginateGetDomainNames({ client: context.client(APIGatewayClient), pageSize: PAGE_SIZE }, {});
    for (const domain of await context.items('GetDomainNames', pages, (page) => page.items, DomainNameSchema, 'API Gateway domain name')) {
      context.resources.add({
        arn: apiGatewayArn(context, `/domainnames/${domain.domainName}`),
        id: domain.domainName,
        name: domain.domainName,
        region: context.region,
        tags: domain.tags ?? {},
        securityPolicy: domain.securityPolicy ?? '',
      });
    }
  },
});

export default { restApis, authorizers, methodAuthorization, stages, stageVariableSecrets, domainNames };

/** API Gateway's ARNs name a resource path in a region, with no account. */
function apiGatewayArn(context: LoadContext<AwsResource>, path: string): string {
  return `arn:${context.account.partition}:apigateway:${context.region}::${path}`;
}

function perRestApi<T extends RestApi, Listed extends RestApi>(name: string, listed: Collection<Listed>, operation: string, read: (context: LoadContext<T>, api: Listed) => Promise<T>) {
  return perListedResource<T, Listed>({ service: 'apigateway', name, scope: 'regional', listed, operation, read });
}

function toStage(context: LoadContext<AwsResource>, api: RestApi, stage: z.infer<typeof StageSchema>): ApiStage {
  const settings = Object.values(stage.methodSettings ?? {});
  const caching = settings.filter((setting) => setting.cachingEnabled);
  return {
    name: stage.stageName,
    arn: apiGatewayArn(context, `/restapis/${api.id}/stages/${stage.stageName}`),
    tags: stage.tags ?? {},
    loggingEnabled: settings.some((setting) => Boolean(setting.loggingLevel) && setting.loggingLevel !== 'OFF'),
    clientCertificateEnabled: stage.clientCertificateId !== undefined && stage.clientCertificateId !== null,
    webAclArn: stage.webAclArn || null,
    tracingEnabled: stage.tracingEnabled === true,
    cachingEnabled: caching.length > 0,
    cacheDataEncrypted: caching.some((setting) => setting.cacheDataEncrypted),
    variables: secret(stage.variables ?? {}),
  };
}

/**
 * The variables as Prowler scans them: a JSON object indented by two spaces, so that line 2 holds
 * the first variable, line 3 the second, and so on.
 */
async function scanVariables(variables: Record<string, string>, ignorePatterns: readonly string[]): Promise<StageVariableScan> {
  const names = Object.keys(variables);
  if (names.length === 0) return { scanned: true, secrets: [] };
  try {
    const detected = await detectSecrets(JSON.stringify(variables, null, 2), ignorePatterns);
    return { scanned: true, secrets: detected.map(({ line, kind }) => ({ variable: names[line - 2] ?? `line ${line}`, kind })) };
  } catch (error) {
    return { scanned: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
