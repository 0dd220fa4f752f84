import { DescribeDomainsCommand, ListDomainNamesCommand, ListTagsCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { failureOf, mapField, need, unread, type AwsResource, type Field } from '../resource-map.js';

/** DescribeDomains accepts at most 5 domain names a call. */
const DESCRIBE_BATCH = 5;

/** What DescribeDomains tells about a domain's configuration. */
export interface DomainSettings {
  /** The VPC the domain is placed in; null for a domain with a public endpoint. */
  vpcId: string | null;
  cognitoAuthentication: boolean;
  samlAuthentication: boolean;
  encryptionAtRest: boolean;
  nodeToNodeEncryption: boolean;
  enforceHttps: boolean;
  /** Fine-grained access control (AdvancedSecurityOptions) is on. */
  fineGrainedAccessControl: boolean;
  internalUserDatabase: boolean;
  /** A service software update is waiting to be applied. */
  updateAvailable: boolean;
  engineVersion: string | null;
  dataNodeCount: number;
  zoneAwareness: boolean;
  dedicatedMasterEnabled: boolean;
  dedicatedMasterCount: number;
  /** The log types (SEARCH_SLOW_LOGS, INDEX_SLOW_LOGS, AUDIT_LOGS...) published and enabled. */
  enabledLogTypes: string[];
}

/** An OpenSearch Service (or Elasticsearch) domain; `id` and `name` are its name. */
export interface Domain extends AwsResource {
  name: string;
  settings: Field<DomainSettings>;
  /** The domain's resource-based access policy; null when it has none. */
  accessPolicy: Field<PolicyDocument | null>;
}

const EnabledSchema = z.object({ Enabled: z.boolean().nullish() }).nullish();

const DomainStatusSchema = z.object({
  DomainName: z.string(),
  VPCOptions: z.object({ VPCId: z.string().nullish() }).nullish(),
  CognitoOptions: EnabledSchema,
  EncryptionAtRestOptions: EnabledSchema,
  NodeToNodeEncryptionOptions: EnabledSchema,
  DomainEndpointOptions: z.object({ EnforceHTTPS: z.boolean().nullish() }).nullish(),
  AdvancedSecurityOptions: z
    .object({ Enabled: z.boolean().nullish(), InternalUserDatabaseEnabled: z.boolean().nullish(), SAMLOptions: EnabledSchema })
    .nullish(),
  ServiceSoftwareOptions: z.object({ UpdateAvailable: z.boolean().nullish() }).nullish(),
  EngineVersion: z.string().nullish(),
  ClusterConfig: z
    .object({
      InstanceCount: z.number().nullish(),
      ZoneAwarenessEnabled: z.boolean().nullish(),
      DedicatedMasterEnabled: z.boolean().nullish(),
      DedicatedMasterCount: z.number().nullish(),
    })
    .nullish(),
  LogPublishingOptions: z.record(z.string(), EnabledSchema).nullish(),
  AccessPolicies: z.string().nullish(),
});

type DomainStatus = z.infer<typeof DomainStatusSchema>;

const TagsSchema = z.array(z.object({ Key: z.string(), Value: z.string() })).nullish();

/**
 * Domains of each region: ListDomainNames (one call, no pages), then DescribeDomains for five
 * names a call instead of DescribeDomain per domain, then each domain's tags (a ListTags call per
 * domain, recorded but deciding no verdict when it fails). A failed DescribeDomains leaves the
 * settings of its five domains unread.
 */
const domains = defineCollection<Domain>({
  service: 'opensearch',
  name: 'domains',
  scope: 'regional',
  async load(context) {
    const client = context.client(OpenSearchClient);
    const names = await context.items(
      'ListDomainNames',
      (async function* () {
        yield await client.send(new ListDomainNamesCommand({}));
      })(),
      (page) => page.DomainNames,
      z.object({ DomainName: z.string() }).transform((info) => info.DomainName),
      'domain name',
    );
    const batches = Array.from({ length: Math.ceil(names.length / DESCRIBE_BATCH) }, (_, index) => names.slice(index * DESCRIBE_BATCH, (index + 1) * DESCRIBE_BATCH));
    await readEach(batches, (batch) => describeBatch(context, client, batch));
  },
});

async function describeBatch(context: LoadContext<Domain>, client: OpenSearchClient, names: string[]): Promise<void> {
  const described = client
    .send(new DescribeDomainsCommand({ DomainNames: names }))
    .then((response) => parse(z.object({ DomainStatusList: z.array(DomainStatusSchema) }), response, 'domain status').DomainStatusList);
  // Each domain records the batch's failure as its own; the promise is awaited by every one of them.
  described.catch(() => undefined);
  await readEach(names, async (name) => {
    const arn = context.arn('es', `domain/${name}`);
    const status = await context.field('DescribeDomains', arn, async () => {
      const found = (await described).find((candidate) => candidate.DomainName === name);
      if (!found) throw new DomainNotDescribedError(`DescribeDomains did not describe domain ${name}`);
      return found;
    });
    const failure = failureOf(status);
    context.resources.add({
      arn,
      id: name,
      name,
      region: context.region,
      tags: await domainTags(context, client, arn),
      settings: mapField(status, settingsOf),
      accessPolicy: failure ? unread(failure) : await context.field('DescribeDomains', arn, () => accessPolicyOf(need(status))),
    });
  });
}

class DomainNotDescribedError extends Error {
  override readonly name = 'ResourceNotFoundException';
}

function settingsOf(status: DomainStatus): DomainSettings {
  const security = status.AdvancedSecurityOptions;
  const cluster = status.ClusterConfig;
  return {
    vpcId: status.VPCOptions?.VPCId ?? null,
    cognitoAuthentication: status.CognitoOptions?.Enabled ?? false,
    samlAuthentication: security?.SAMLOptions?.Enabled ?? false,
    encryptionAtRest: status.EncryptionAtRestOptions?.Enabled ?? false,
    nodeToNodeEncryption: status.NodeToNodeEncryptionOptions?.Enabled ?? false,
    enforceHttps: status.DomainEndpointOptions?.EnforceHTTPS ?? false,
    fineGrainedAccessControl: security?.Enabled ?? false,
    internalUserDatabase: security?.InternalUserDatabaseEnabled ?? false,
    updateAvailable: status.ServiceSoftwareOptions?.UpdateAvailable ?? false,
    engineVersion: status.EngineVersion ?? null,
    dataNodeCount: cluster?.InstanceCount ?? 0,
    zoneAwareness: cluster?.ZoneAwarenessEnabled ?? false,
    dedicatedMasterEnabled: cluster?.DedicatedMasterEnabled ?? false,
    dedicatedMasterCount: cluster?.DedicatedMasterCount ?? 0,
    enabledLogTypes: Object.entries(status.LogPublishingOptions ?? {}).flatMap(([type, option]) => (option?.Enabled ? [type] : [])),
  };
}

/** An empty policy text means no policy; one that is not a policy leaves the policy unread. */
function accessPolicyOf(status: DomainStatus): PolicyDocument | null {
  return status.AccessPolicies ? parsePolicyDocument(status.AccessPolicies) : null;
}

async function domainTags(context: LoadContext<Domain>, client: OpenSearchClient, arn: string): Promise<Record<string, string>> {
  let tags: Record<string, string> = {};
  await context.read('ListTags', async () => {
    tags = tagRecord(parse(TagsSchema, (await client.send(new ListTagsCommand({ ARN: arn }))).TagList, 'domain tags'));
  }, arn);
  return tags;
}

export default { domains };
