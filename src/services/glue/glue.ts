import {
  GetDataCatalogEncryptionSettingsCommand,
  GetResourcePolicyCommand,
  GlueClient,
  SearchTablesCommand,
  paginateGetConnections,
  paginateGetDevEndpoints,
  paginateGetJobs,
  paginateGetMLTransforms,
  paginateGetSecurityConfigurations,
} from '@aws-sdk/client-glue';
import { z } from 'zod';
import { detectSecrets } from '../../secrets/detect.js';
import { defineCollection, parse, unlessAbsent, type LoadContext } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { need, secret, type AwsResource, type Field } from '../resource-map.js';

/** A Data Catalog connection; `id` is its name. */
export interface GlueConnection extends AwsResource {
  name: string;
  /** ConnectionProperties as AWS returns them, passwords included: a `secret`. */
  properties: Field<Record<string, string>>;
  /** The JDBC_ENFORCE_SSL property; null when not set. */
  enforceSsl: string | null;
}

/** What scanning a set of named values (connection properties, job arguments) for secrets found. */
export type SecretScan = { scanned: true; secrets: { key: string; kind: string }[] } | { scanned: false; reason: string };

export interface GlueConnectionSecrets extends GlueConnection {
  propertyScan: SecretScan;
}

/**
 * A region's Data Catalog settings, an account setting reported as Prowler does: under the
 * catalog's ARN (`...:data-catalog`) with the account ID as resource id.
 */
export interface GlueDataCatalog extends AwsResource {
  /** DISABLED, SSE-KMS or SSE-KMS-WITH-SERVICE-ROLE. */
  metadataEncryptionMode: string;
  metadataKmsKeyId: string | null;
  connectionPasswordsEncrypted: boolean;
  connectionPasswordKmsKeyId: string | null;
  /** The catalog holds at least one table: Prowler judges the settings of used catalogs only. */
  hasTables: Field<boolean>;
}

/** A region's Data Catalog resource policy; null when it has none. */
export interface GlueCatalogPolicy extends AwsResource {
  policy: PolicyDocument | null;
}

/** A development endpoint; `id` is its name. */
export interface GlueDevEndpoint extends AwsResource {
  name: string;
  /** The name of its security configuration, null when it has none. */
  securityConfiguration: string | null;
}

/** A security configuration; `id` is its name. Each mode is DISABLED or an encryption kind. */
export interface GlueSecurityConfiguration extends AwsResource {
  name: string;
  s3EncryptionMode: string;
  s3KmsKeyArn: string | null;
  cloudWatchEncryptionMode: string;
  cloudWatchKmsKeyArn: string | null;
  jobBookmarksEncryptionMode: string;
  jobBookmarksKmsKeyArn: string | null;
}

/** An ETL job; `id` is its name. */
export interface GlueJob extends AwsResource {
  name: string;
  securityConfiguration: string | null;
  /** DefaultArguments, a `secret`: scripts take credentials as arguments. */
  defaultArguments: Field<Record<string, string>>;
  /** The --encryption-type argument; null when not given. */
  encryptionType: string | null;
  /** The --enable-continuous-cloudwatch-log argument; null when not given. */
  continuousCloudWatchLog: string | null;
}

export interface GlueJobSecrets extends GlueJob {
  argumentScan: SecretScan;
}

/** A machine learning transform; `id` is its transform ID. */
export interface GlueMlTransform extends AwsResource {
  name: string;
  /** SSE-KMS or DISABLED; DISABLED when AWS names no mode. */
  userDataEncryptionMode: string;
}

/** Every Glue listing used here accepts pages of up to 1000. */
const PAGE_SIZE = 1000;

const StringMapSchema = z.record(z.string(), z.string());

const ConnectionSchema = z.object({ Name: z.string(), ConnectionProperties: StringMapSchema.nullish() });

const DevEndpointSchema = z.object({ EndpointName: z.string(), SecurityConfiguration: z.string().nullish() });

const JobSchema = z.object({ Name: z.string(), SecurityConfiguration: z.string().nullish(), DefaultArguments: StringMapSchema.nullish() });

const ModeSchema = z.string().nullish();

const SecurityConfigurationSchema = z.object({
  Name: z.string(),
  EncryptionConfiguration: z
    .object({
      S3Encryption: z.array(z.object({ S3EncryptionMode: ModeSchema, KmsKeyArn: z.string().nullish() })).nullish(),
      CloudWatchEncryption: z.object({ CloudWatchEncryptionMode: ModeSchema, KmsKeyArn: z.string().nullish() }).nullish(),
      JobBookmarksEncryption: z.object({ JobBookmarksEncryptionMode: ModeSchema, KmsKeyArn: z.string().nullish() }).nullish(),
    })
    .nullish(),
});

const MlTransformSchema = z.object({
  TransformId: z.string(),
  Name: z.string().nullish(),
  TransformEncryption: z.object({ MlUserDataEncryption: z.object({ MlUserDataEncryptionMode: z.string().nullish() }).nullish() }).nullish(),
});

const EncryptionSettingsSchema = z.object({
  DataCatalogEncryptionSettings: z
    .object({
      EncryptionAtRest: z.object({ CatalogEncryptionMode: z.string(), SseAwsKmsKeyId: z.string().nullish() }).nullish(),
      ConnectionPasswordEncryption: z.object({ ReturnConnectionPasswordEncrypted: z.boolean(), AwsKmsKeyId: z.string().nullish() }).nullish(),
    })
    .nullish(),
});

const SearchTablesSchema = z.object({ TableList: z.array(z.unknown()).nullish() });

const ResourcePolicySchema = z.object({ PolicyInJson: z.string().nullish() });

const DISABLED = 'DISABLED';

const connections = defineCollection<GlueConnection>({
  service: 'glue',
  name: 'connections',
  scope: 'regional',
  async load(context) {
    // Without HidePassword, as Prowler reads them: the secrets check must see the passwords.
    const pages = paginateGetConnections({ client: context.client(GlueClient), pageSize: PAGE_SIZE }, {});
    for (const connection of await context.items('GetConnections', pages, (page) => page.ConnectionList, ConnectionSchema, 'Glue connection')) {
      context.resources.add({
        arn: context.arn('glue', `connection/${connection.Name}`),
        id: connection.Name,
        name: connection.Name,
        region: context.region,
        tags: {},
        properties: secret(connection.ConnectionProperties ?? {}),
        enforceSsl: connection.ConnectionProperties?.JDBC_ENFORCE_SSL ?? null,
      });
    }
  },
});

/**
 * Each connection's properties scanned for secrets, here rather than in the check because
 * detection is asynchronous. Reads nothing from AWS beyond the connection listing.
 */
const connectionSecrets = perListedResource<GlueConnectionSecrets, GlueConnection>({
  service: 'glue',
  name: 'connectionSecrets',
  scope: 'regional',
  listed: connections,
  operation: 'GetConnections',
  read: async (context, connection) => ({ ...connection, propertyScan: await scanValues(need(connection.properties), context.config.secrets_ignore_patterns) }),
});

/**
 * The region's catalog encryption settings (one call), and whether the catalog holds a table: one
 * SearchTables call asking for a single table, which is all the answer needs.
 */
const dataCatalogs = defineCollection<GlueDataCatalog>({
  service: 'glue',
  name: 'dataCatalogs',
  scope: 'regional',
  async load(context) {
    const client = context.client(GlueClient);
    await context.read('GetDataCatalogEncryptionSettings', async () => {
      const response = await client.send(new GetDataCatalogEncryptionSettingsCommand({}));
      const settings = parse(EncryptionSettingsSchema, response, 'Data Catalog encryption settings').DataCatalogEncryptionSettings;
      const arn = dataCatalogArn(context);
      context.resources.add({
        arn,
        id: context.account.id,
        region: context.region,
        tags: {},
        metadataEncryptionMode: settings?.EncryptionAtRest?.CatalogEncryptionMode ?? DISABLED,
        metadataKmsKeyId: settings?.EncryptionAtRest?.SseAwsKmsKeyId ?? null,
        connectionPasswordsEncrypted: settings?.ConnectionPasswordEncryption?.ReturnConnectionPasswordEncrypted ?? false,
        connectionPasswordKmsKeyId: settings?.ConnectionPasswordEncryption?.AwsKmsKeyId ?? null,
        hasTables: await context.field('SearchTables', arn, async () => {
          const tables = await client.send(new SearchTablesCommand({ MaxResults: 1 }));
          return (parse(SearchTablesSchema, tables, 'Glue table search').TableList ?? []).length > 0;
        }),
      });
    });
  },
});

/** The region's Data Catalog resource policy: one call; a catalog without one is listed with null. */
const catalogPolicies = defineCollection<GlueCatalogPolicy>({
  service: 'glue',
  name: 'catalogPolicies',
  scope: 'regional',
  async load(context) {
    await context.read('GetResourcePolicy', async () => {
      const response = await unlessAbsent(context.client(GlueClient).send(new GetResourcePolicyCommand({})), 'EntityNotFoundException');
      const text = response && parse(ResourcePolicySchema, response, 'Data Catalog resource policy').PolicyInJson;
      context.resources.add({ arn: dataCatalogArn(context), id: context.account.id, region: context.region, tags: {}, policy: text ? parsePolicyDocument(text) : null });
    });
  },
});

const devEndpoints = defineCollection<GlueDevEndpoint>({
  service: 'glue',
  name: 'devEndpoints',
  scope: 'regional',
  async load(context) {
    const pages = paginateGetDevEndpoints({ client: context.client(GlueClient), pageSize: PAGE_SIZE }, {});
    for (const endpoint of await context.items('GetDevEndpoints', pages, (page) => page.DevEndpoints, DevEndpointSchema, 'Glue development endpoint')) {
      context.resources.add({
        arn: context.arn('glue', `devEndpoint/${endpoint.EndpointName}`),
        id: endpoint.EndpointName,
        name: endpoint.EndpointName,
        region: context.region,
        tags: {},
        securityConfiguration: endpoint.SecurityConfiguration || null,
      });
    }
  },
});

const securityConfigurations = defineCollection<GlueSecurityConfiguration>({
  service: 'glue',
  name: 'securityConfigurations',
  scope: 'regional',
  async load(context) {
    const pages = paginateGetSecurityConfigurations({ client: context.client(GlueClient), pageSize: PAGE_SIZE }, {});
    for (const configuration of await context.items('GetSecurityConfigurations', pages, (page) => page.SecurityConfigurations, SecurityConfigurationSchema, 'Glue security configuration')) {
      const encryption = configuration.EncryptionConfiguration;
      // Prowler reads the first S3 encryption setting only; AWS accepts a list of one.
      const s3 = encryption?.S3Encryption?.[0];
      context.resources.add({
        arn: context.arn('glue', `securityConfiguration/${configuration.Name}`),
        id: configuration.Name,
        name: configuration.Name,
        region: context.region,
        tags: {},
        s3EncryptionMode: s3?.S3EncryptionMode ?? DISABLED,
        s3KmsKeyArn: s3?.KmsKeyArn ?? null,
        cloudWatchEncryptionMode: encryption?.CloudWatchEncryption?.CloudWatchEncryptionMode ?? DISABLED,
        cloudWatchKmsKeyArn: encryption?.CloudWatchEncryption?.KmsKeyArn ?? null,
        jobBookmarksEncryptionMode: encryption?.JobBookmarksEncryption?.JobBookmarksEncryptionMode ?? DISABLED,
        jobBookmarksKmsKeyArn: encryption?.JobBookmarksEncryption?.KmsKeyArn ?? null,
      });
    }
  },
});

const jobs = defineCollection<GlueJob>({
  service: 'glue',
  name: 'jobs',
  scope: 'regional',
  async load(context) {
    const pages = paginateGetJobs({ client: context.client(GlueClient), pageSize: PAGE_SIZE }, {});
    for (const job of await context.items('GetJobs', pages, (page) => page.Jobs, JobSchema, 'Glue job')) {
      context.resources.add({
        arn: context.arn('glue', `job/${job.Name}`),
        id: job.Name,
        name: job.Name,
        region: context.region,
        tags: {},
        securityConfiguration: job.SecurityConfiguration || null,
        defaultArguments: secret(job.DefaultArguments ?? {}),
        encryptionType: job.DefaultArguments?.['--encryption-type'] ?? null,
        continuousCloudWatchLog: job.DefaultArguments?.['--enable-continuous-cloudwatch-log'] ?? null,
      });
    }
  },
});

/** Each job's default arguments scanned for secrets; no AWS call beyond the job listing. */
const jobArgumentSecrets = perListedResource<GlueJobSecrets, GlueJob>({
  service: 'glue',
  name: 'jobArgumentSecrets',
  scope: 'regional',
  listed: jobs,
  operation: 'GetJobs',
  read: async (context, job) => ({ ...job, argumentScan: await scanValues(need(job.defaultArguments), context.config.secrets_ignore_patterns) }),
});

const mlTransforms = defineCollection<GlueMlTransform>({
  service: 'glue',
  name: 'mlTransforms',
  scope: 'regional',
  async load(context) {
    const pages = paginateGetMLTransforms({ client: context.client(GlueClient), pageSize: PAGE_SIZE }, {});
    for (const transform of await context.items('GetMLTransforms', pages, (page) => page.Transforms, MlTransformSchema, 'Glue ML transform')) {
      context.resources.add({
        arn: context.arn('glue', `mlTransform/${transform.TransformId}`),
        id: transform.TransformId,
        name: transform.Name ?? transform.TransformId,
        region: context.region,
        tags: {},
        userDataEncryptionMode: transform.TransformEncryption?.MlUserDataEncryption?.MlUserDataEncryptionMode ?? DISABLED,
      });
    }
  },
});

export default { connections, connectionSecrets, dataCatalogs, catalogPolicies, devEndpoints, securityConfigurations, jobs, jobArgumentSecrets, mlTransforms };

function dataCatalogArn(context: LoadContext<AwsResource>): string {
  return context.arn('glue', 'data-catalog');
}

/**
 * Scans each value on its own, as the one-line JSON object `{"name": "value"}` (Python's spacing)
 * that Prowler scans, so that ignore patterns see the same line and each detection names its key.
 */
async function scanValues(values: Record<string, string>, ignorePatterns: readonly string[]): Promise<SecretScan> {
  try {
    const perKey = await readEach(Object.entries(values), async ([key, value]) => (await detectSecrets(`{${JSON.stringify(key)}: ${JSON.stringify(value)}}`, ignorePatterns)).map(({ kind }) => ({ key, kind })));
    return { scanned: true, secrets: perKey.flat() };
  } catch (error) {
    return { scanned: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
