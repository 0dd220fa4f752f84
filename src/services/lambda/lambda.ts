import {
  GetFunctionCommand,
  GetFunctionUrlConfigCommand,
  GetLayerVersionByArnCommand,
  GetPolicyCommand,
  LambdaClient,
  paginateListFunctions,
} from '@aws-sdk/client-lambda';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { defineCollection, parse, unlessAbsent, type LoadContext } from '../collection.js';
import { perListedResource } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { UnreadDataError, known, need, secret, type AwsResource, type Field } from '../resource-map.js';
import { ensureScannableSize, scanPackageAt, UnreadablePackageError, type FileSecrets } from './code-package.js';

/** ListFunctions returns at most 50 functions a page. */
const LIST_FUNCTIONS_PAGE_SIZE = 50;

/**
 * A function's current version, `id` and `name` being its name. ListFunctions carries no tags, so
 * `tags` stays empty until a collection reads them.
 */
export interface LambdaFunction extends AwsResource {
  name: string;
  /** Unset for container-image functions, which bring their own runtime. */
  runtime?: string;
  /** Set when the function is attached to a VPC. */
  vpcId?: string;
  securityGroupIds: string[];
  subnetIds: string[];
  /** Zip or Image; container images have no code package to download. */
  packageType: string;
  /** The deployment package's size in bytes, as ListFunctions reports it. */
  codeSize: number;
  /** Its environment variables, a `secret`; null when it has none. */
  environment: Field<Record<string, string>> | null;
  /** The customer managed key encrypting its environment; null for Lambda's own key. */
  kmsKeyArn: string | null;
  /** The ARNs of the layer versions it uses, possibly other accounts'. */
  layerArns: string[];
  /** Where failed asynchronous invocations go; null without a dead-letter queue. */
  deadLetterTargetArn: string | null;
}

/** A function with its resource-based policy (null when it has none). */
export interface LambdaFunctionPolicy extends LambdaFunction {
  policy: Field<PolicyDocument | null>;
}

/** A function URL: who may call it, and which origins its CORS settings admit. */
export interface FunctionUrl {
  /** NONE (anyone) or AWS_IAM. */
  authType: string;
  allowOrigins: string[];
}

/** A function with its URL configuration (null when it has no URL). */
export interface LambdaFunctionUrl extends LambdaFunction {
  url: Field<FunctionUrl | null>;
}

/** A likely secret in an environment variable. */
export interface VariableSecret {
  kind: string;
  variable: string;
}

/** A function with the likely secrets in its environment variables (empty when none or no variables). */
export interface LambdaFunctionVariableSecrets extends LambdaFunction {
  variableSecrets: VariableSecret[];
}

/**
 * A function with the files of its code package that hold likely secrets; null when it has no
 * package to download (a container image, or GetFunction hands out no location).
 */
export interface LambdaFunctionCodeSecrets extends LambdaFunction {
  codeSecrets: Field<FileSecrets[] | null>;
}

/** A layer version used by the account's functions: `arn` its version ARN, `id` the layer's name. */
export interface LambdaLayer extends AwsResource {
  name: string;
  version: string;
  /** Files of its content holding likely secrets; null when GetLayerVersionByArn hands out no location. */
  contentSecrets: Field<FileSecrets[] | null>;
}

const FunctionSchema = z.object({
  FunctionName: z.string(),
  FunctionArn: z.string(),
  Runtime: z.string().nullish(),
  PackageType: z.string().nullish(),
  CodeSize: z.number().nullish(),
  VpcConfig: z
    .object({
      VpcId: z.string().nullish(),
      SecurityGroupIds: z.array(z.string()).nullish(),
      SubnetIds: z.array(z.string()).nullish(),
    })
    .nullish(),
  Environment: z.object({ Variables: z.record(z.string(), z.string()).nullish() }).nullish(),
  KMSKeyArn: z.string().nullish(),
  Layers: z.array(z.object({ Arn: z.string() })).nullish(),
  DeadLetterConfig: z.object({ TargetArn: z.string().nullish() }).nullish(),
});

/** A region's functions (latest versions), from the one ListFunctions listing. */
export const functions = defineCollection<LambdaFunction>({
  service: 'lambda',
  name: 'functions',
  scope: 'regional',
  async load(context) {
    const pages = paginateListFunctions({ client: context.client(LambdaClient), pageSize: LIST_FUNCTIONS_PAGE_SIZE }, {});
    for (const listed of await context.items('ListFunctions', pages, (page) => page.Functions, FunctionSchema, 'Lambda function')) {
      const variables = listed.Environment?.Variables;
      context.resources.add({
        arn: listed.FunctionArn,
        id: listed.FunctionName,
        name: listed.FunctionName,
        region: context.region,
        tags: {},
        ...(listed.Runtime ? { runtime: listed.Runtime } : {}),
        // A function detached from its VPC keeps an empty VpcConfig, VpcId ''.
        ...(listed.VpcConfig?.VpcId ? { vpcId: listed.VpcConfig.VpcId } : {}),
        securityGroupIds: listed.VpcConfig?.SecurityGroupIds ?? [],
        subnetIds: listed.VpcConfig?.SubnetIds ?? [],
        packageType: listed.PackageType ?? 'Zip',
        codeSize: listed.CodeSize ?? 0,
        environment: variables && Object.keys(variables).length > 0 ? secret(variables) : null,
        kmsKeyArn: listed.KMSKeyArn || null,
        layerArns: (listed.Layers ?? []).map((layer) => layer.Arn),
        deadLetterTargetArn: listed.DeadLetterConfig?.TargetArn || null,
      });
    }
  },
});

const PolicyResponseSchema = z.object({ Policy: z.string() });

/** Each function's resource-based policy: one GetPolicy call per function, only when a check needs it. */
const functionPolicies = perListedResource<LambdaFunctionPolicy, LambdaFunction>({
  service: 'lambda',
  name: 'functionPolicies',
  scope: 'regional',
  listed: functions,
  operation: 'ListFunctions',
  async read(context, fn) {
    const policy = await context.field('GetPolicy', fn.arn, async () => {
      const response = await unlessAbsent(context.client(LambdaClient).send(new GetPolicyCommand({ FunctionName: fn.name })), 'ResourceNotFoundException');
      return response && parsePolicyDocument(parse(PolicyResponseSchema, response, 'function policy').Policy);
    });
    return { ...fn, policy };
  },
});

const UrlConfigSchema = z.object({
  AuthType: z.string(),
  Cors: z.object({ AllowOrigins: z.array(z.string()).nullish() }).nullish(),
});

/** Each function's URL configuration: one GetFunctionUrlConfig call per function, only when a check needs it. */
const functionUrls = perListedResource<LambdaFunctionUrl, LambdaFunction>({
  service: 'lambda',
  name: 'functionUrls',
  scope: 'regional',
  listed: functions,
  operation: 'ListFunctions',
  async read(context, fn) {
    const url = await context.field('GetFunctionUrlConfig', fn.arn, async () => {
      const response = await unlessAbsent(context.client(LambdaClient).send(new GetFunctionUrlConfigCommand({ FunctionName: fn.name })), 'ResourceNotFoundException');
      if (!response) return null;
      const config = parse(UrlConfigSchema, response, 'function URL configuration');
      return { authType: config.AuthType, allowOrigins: config.Cors?.AllowOrigins ?? [] };
    });
    return { ...fn, url };
  },
});

/**
 * Each function's environment variables scanned for secrets, without further calls. The variables
 * are scanned as indented JSON, one variable a line, as Prowler prints them, so a detection's line
 * names its variable.
 */
const functionVariableSecrets = perListedResource<LambdaFunctionVariableSecrets, LambdaFunction>({
  service: 'lambda',
  name: 'functionVariableSecrets',
  scope: 'regional',
  listed: functions,
  operation: 'ListFunctions',
  async read(context, fn) {
    if (!fn.environment) return { ...fn, variableSecrets: [] };
    const environment = need(fn.environment);
    const names = Object.keys(environment);
    const found = await detectSecrets(JSON.stringify(environment, null, 2), context.config.secrets_ignore_patterns);
    // Line 1 is the opening brace: variable i sits on line i + 2.
    const variableSecrets = found.map((secret) => ({ kind: secret.kind, variable: names[secret.line - 2] ?? '' }));
    return { ...fn, variableSecrets };
  },
});

const FunctionCodeSchema = z.object({ Code: z.object({ Location: z.string().nullish() }).nullish() });

/** What a code package's failure is recorded as, apart from the API call that locates it. */
const CODE_PACKAGE_READ = 'code package read';
const LAYER_CONTENT_READ = 'layer content read';

/**
 * Each function's code package scanned for secrets: GetFunction hands out a presigned location,
 * the zip is downloaded and scanned file by file (see code-package.ts for the bounds), only when
 * the code secrets check runs. Container-image functions have no package and make no call; a
 * package over the size cap is refused from ListFunctions' CodeSize before any call.
 */
const functionCodeSecrets = perListedResource<LambdaFunctionCodeSecrets, LambdaFunction>({
  service: 'lambda',
  name: 'functionCodeSecrets',
  scope: 'regional',
  listed: functions,
  operation: 'ListFunctions',
  async read(context, fn) {
    if (fn.packageType === 'Image') return { ...fn, codeSecrets: known(null) };
    const codeSecrets = await context.field('GetFunction', fn.arn, async () => {
      await asPackageRead(context, CODE_PACKAGE_READ, () => ensureScannableSize(fn.codeSize));
      const response = await context.client(LambdaClient).send(new GetFunctionCommand({ FunctionName: fn.name }));
      const location = parse(FunctionCodeSchema, response, 'function code').Code?.Location;
      return location ? await asPackageRead(context, CODE_PACKAGE_READ, () => scanPackageAt(location, packageScanOptions(context))) : null;
    });
    return { ...fn, codeSecrets };
  },
});

const LayerVersionSchema = z.object({ Content: z.object({ Location: z.string().nullish(), CodeSize: z.number().nullish() }).nullish() });

/**
 * The layer versions the region's functions use, each read once by its ARN (GetLayerVersionByArn,
 * which also reaches other accounts' layers) and its content scanned as a function's code is,
 * only when the layer secrets check runs.
 */
const layers = defineCollection<LambdaLayer, { functions: typeof functions }>({
  service: 'lambda',
  name: 'layers',
  scope: 'regional',
  needs: { functions },
  async load(context, dependencies) {
    await context.read('ListFunctions', async () => {
      const layerArns = new Set(dependencies.functions.all(context.region).flatMap((fn) => fn.layerArns));
      const client = context.client(LambdaClient);
      const read = [...layerArns].map(async (arn): Promise<LambdaLayer> => {
        const contentSecrets = await context.field('GetLayerVersionByArn', arn, async () => {
          const response = await client.send(new GetLayerVersionByArnCommand({ Arn: arn }));
          const content = parse(LayerVersionSchema, response, 'layer version').Content;
          const location = content?.Location;
          if (!location) return null;
          return asPackageRead(context, LAYER_CONTENT_READ, () => {
            ensureScannableSize(content.CodeSize ?? 0);
            return scanPackageAt(location, packageScanOptions(context));
          });
        });
        // arn:aws:lambda:region:account:layer:name:version
        const [, , , , , , name = arn, version = ''] = arn.split(':');
        return { arn, id: name, name, version, region: context.region, tags: {}, contentSecrets };
      });
      for (const layer of await Promise.all(read)) context.resources.add(layer);
    });
  },
});

function packageScanOptions(context: LoadContext<AwsResource>): { ignorePatterns: readonly string[]; ignoreFiles: readonly string[] } {
  return { ignorePatterns: context.config.secrets_ignore_patterns, ignoreFiles: context.config.secrets_ignore_files };
}

/**
 * Runs a package step, recording its failure as the package's read rather than the API call that
 * located it: the ERROR then says that the download, the size cap or the archive failed.
 */
async function asPackageRead<R>(context: LoadContext<AwsResource>, operation: string, step: () => R | Promise<R>): Promise<R> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof UnreadablePackageError)) throw error;
    throw new UnreadDataError({ service: 'lambda', region: context.region, operation, message: error.message });
  }
}

export default { functions, functionPolicies, functionUrls, functionVariableSecrets, functionCodeSecrets, layers };
