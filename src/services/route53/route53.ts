import {
  ListResourceRecordSetsCommand,
  ListTagsForResourcesCommand,
  Route53Client,
  paginateListHostedZones,
  paginateListQueryLoggingConfigs,
  type ListResourceRecordSetsCommandInput,
  type RRType,
} from '@aws-sdk/client-route-53';
import { GetDomainDetailCommand, ListTagsForDomainCommand, Route53DomainsClient, paginateListDomains } from '@aws-sdk/client-route-53-domains';
import { isIP, type BlockList } from 'node:net';
import { z } from 'zod';
import { defineCollection, once, parse, tagRecord, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import { failureOf, known, mapField, need, unread, type AwsResource, type Field } from '../resource-map.js';
import { fetchAwsIpRanges, inNetworks } from './aws-ip-ranges.js';

/** A hosted zone; `id` is its ID without the /hostedzone/ prefix, `name` its domain with the final dot. */
export interface HostedZone extends AwsResource {
  name: string;
  privateZone: boolean;
  /** The CloudWatch Logs group DNS queries are logged to; null without query logging. */
  queryLogGroupArn: Field<string | null>;
}

export interface RecordSet {
  name: string;
  /** A, AAAA, CNAME, ... */
  type: string;
  /** The values of its resource records; none for an alias. */
  values: string[];
  /** An alias to an AWS resource rather than a list of values. */
  alias: boolean;
}

/** A hosted zone with its record sets. */
export interface HostedZoneRecords extends HostedZone {
  recordSets: Field<RecordSet[]>;
  /**
   * The addresses of the zone's plain A records that lie in AWS's published public ranges (the
   * public ip-ranges.json feed, fetched once per scan, and only when some A record holds an address).
   */
  awsAddresses: Field<ReadonlySet<string>>;
}

/** A domain registered with Route 53 Domains; `id` and `name` are the domain name. */
export interface RegisteredDomain extends AwsResource {
  /** Whether the administrative contact's details are hidden from WHOIS. */
  adminPrivacy: Field<boolean>;
  /** EPP status codes, such as clientTransferProhibited. */
  statusList: Field<string[]>;
}

/** ListHostedZones answers at most 100 zones per page. */
const HOSTED_ZONE_PAGE_SIZE = 100;
/** ListQueryLoggingConfigs answers at most 100 configurations per page. */
const QUERY_LOGGING_PAGE_SIZE = 100;
/** ListResourceRecordSets answers at most 300 record sets per page. */
const RECORD_SET_PAGE_SIZE = 300;
/** ListTagsForResources takes at most 10 resources per call. */
const TAGGED_ZONES_PER_CALL = 10;
/** ListDomains answers at most 100 domains per page. */
const DOMAIN_PAGE_SIZE = 100;

const HostedZoneSchema = z.object({ Id: z.string(), Name: z.string(), Config: z.object({ PrivateZone: z.boolean().default(false) }).nullish() });

const QueryLoggingConfigSchema = z.object({ HostedZoneId: z.string(), CloudWatchLogsLogGroupArn: z.string() });

const ZoneTagsSchema = z
  .array(z.object({ ResourceId: z.string(), Tags: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish() }))
  .nullish();

const RecordSetPageSchema = z.object({
  ResourceRecordSets: z.array(
    z.object({
      Name: z.string(),
      Type: z.string(),
      ResourceRecords: z.array(z.object({ Value: z.string() })).nullish(),
      AliasTarget: z.unknown().optional(),
    }),
  ),
  IsTruncated: z.boolean().default(false),
  NextRecordName: z.string().nullish(),
  NextRecordType: z.string().nullish(),
  NextRecordIdentifier: z.string().nullish(),
});

const DomainSummarySchema = z.object({ DomainName: z.string() });

const DomainDetailSchema = z.object({ AdminPrivacy: z.boolean().default(false), StatusList: z.array(z.string()).nullish() });

const DomainTagsSchema = z.object({ TagList: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish() });

/**
 * The account's hosted zones, their tags (ten zones per call) and their query logging, from one
 * account-wide listing of query logging configurations rather than a call per zone.
 */
const hostedZones = defineCollection<HostedZone>({
  service: 'route53',
  name: 'hostedZones',
  scope: 'global',
  async load(context) {
    const client = context.client(Route53Client);
    const logGroups = readQueryLogGroups(context, client);
    const pages = paginateListHostedZones({ client, pageSize: HOSTED_ZONE_PAGE_SIZE }, {});
    const listed = await context.items('ListHostedZones', pages, (page) => page.HostedZones, HostedZoneSchema, 'hosted zone');
    const zones = await readEach(listed, async (zone): Promise<HostedZone> => {
      const id = zone.Id.replace('/hostedzone/', '');
      const arn = `arn:${context.account.partition}:route53:::hostedzone/${id}`;
      return {
        arn,
        id,
        name: zone.Name,
        region: context.region,
        tags: {},
        privateZone: zone.Config?.PrivateZone ?? false,
        queryLogGroupArn: await context.field('ListQueryLoggingConfigs', arn, async () => (await logGroups()).get(id) ?? null),
      };
    });
    await readZoneTags(context, client, zones);
    for (const zone of zones) context.resources.add(zone);
  },
});

/** The log group of each zone that logs its queries, by zone ID; read once, on first use. */
function readQueryLogGroups(context: LoadContext<HostedZone>, client: Route53Client): () => Promise<Map<string, string>> {
  return once(async () => {
    const logGroups = new Map<string, string>();
    for await (const page of paginateListQueryLoggingConfigs({ client, pageSize: QUERY_LOGGING_PAGE_SIZE }, {})) {
      for (const config of page.QueryLoggingConfigs ?? []) {
        const { HostedZoneId, CloudWatchLogsLogGroupArn } = parse(QueryLoggingConfigSchema, config, 'query logging configuration');
        logGroups.set(HostedZoneId, CloudWatchLogsLogGroupArn);
      }
    }
    return logGroups;
  });
}

/**
 * Tags decide no verdict: a failed call is recorded against each zone of its batch and leaves
 * their tags empty.
 */
async function readZoneTags(context: LoadContext<HostedZone>, client: Route53Client, zones: HostedZone[]): Promise<void> {
  const batches: HostedZone[][] = [];
  for (let start = 0; start < zones.length; start += TAGGED_ZONES_PER_CALL) batches.push(zones.slice(start, start + TAGGED_ZONES_PER_CALL));
  await readEach(batches, (batch) => {
    const tagsById = listZoneTags(client, batch.map((zone) => zone.id));
    // Held until the zones await it, so an early failure is not an unhandled rejection.
    tagsById.catch(() => undefined);
    return Promise.all(
      batch.map((zone) =>
        context.read('ListTagsForResources', async () => {
          zone.tags = (await tagsById).get(zone.id) ?? {};
        }, zone.arn),
      ),
    );
  });
}

async function listZoneTags(client: Route53Client, zoneIds: string[]): Promise<Map<string, Record<string, string>>> {
  const response = await client.send(new ListTagsForResourcesCommand({ ResourceType: 'hostedzone', ResourceIds: zoneIds }));
  return new Map((parse(ZoneTagsSchema, response.ResourceTagSets, 'hosted zone tags') ?? []).map((entry) => [entry.ResourceId, tagRecord(entry.Tags)]));
}

/**
 * Every record set of every hosted zone, one paginated listing per zone, and which A-record
 * addresses belong to AWS: made only for the check that looks for records left pointing at
 * released addresses.
 */
const recordSets = defineCollection<HostedZoneRecords, { hostedZones: typeof hostedZones }>({
  service: 'route53',
  name: 'recordSets',
  scope: 'global',
  needs: { hostedZones },
  async load(context, dependencies) {
    const client = context.client(Route53Client);
    await context.read('ListHostedZones', async () => {
      const zones = dependencies.hostedZones.all();
      const listings = await readEach(zones, (zone) => context.field('ListResourceRecordSets', zone.arn, () => listRecordSets(client, zone.id)));
      // Fetched on first use: only when some zone holds an address to test.
      const awsRanges = once(() => fetchAwsIpRanges());
      const awsAddresses = await readEach(zones, (zone, index) => awsAddressesOf(context, zone.arn, listings[index]!, awsRanges));
      for (const [index, zone] of zones.entries()) context.resources.add({ ...zone, recordSets: listings[index]!, awsAddresses: awsAddresses[index]! });
    });
  },
});

async function listRecordSets(client: Route53Client, zoneId: string): Promise<RecordSet[]> {
  const recordSets: RecordSet[] = [];
  let request: ListResourceRecordSetsCommandInput = { HostedZoneId: zoneId, MaxItems: RECORD_SET_PAGE_SIZE };
  for (;;) {
    const page = parse(RecordSetPageSchema, await client.send(new ListResourceRecordSetsCommand(request)), 'record set page');
    for (const record of page.ResourceRecordSets) {
      recordSets.push({
        name: record.Name,
        type: record.Type,
        values: (record.ResourceRecords ?? []).map((resourceRecord) => resourceRecord.Value),
        alias: record.AliasTarget !== undefined && record.AliasTarget !== null,
      });
    }
    if (!page.IsTruncated) return recordSets;
    request = {
      ...request,
      StartRecordName: page.NextRecordName ?? undefined,
      StartRecordType: (page.NextRecordType ?? undefined) as RRType | undefined,
      StartRecordIdentifier: page.NextRecordIdentifier ?? undefined,
    };
  }
}

/** The IP addresses held by a zone's plain (non-alias) A records. */
function plainAddresses(recordSets: RecordSet[]): string[] {
  return recordSets.filter((record) => record.type === 'A' && !record.alias).flatMap((record) => record.values.filter((value) => isIP(value) !== 0));
}

async function awsAddressesOf(
  context: LoadContext<HostedZoneRecords>,
  zoneArn: string,
  recordSets: Field<RecordSet[]>,
  awsRanges: () => Promise<BlockList>,
): Promise<Field<ReadonlySet<string>>> {
  const failure = failureOf(recordSets);
  if (failure) return unread(failure);
  const addresses = plainAddresses(need(recordSets));
  if (addresses.length === 0) return known(new Set<string>());
  return context.field('GET ip-ranges.json', zoneArn, async () => {
    const ranges = await awsRanges();
    return new Set(addresses.filter((address) => inNetworks(ranges, address)));
  });
}

/**
 * Domains registered through Route 53 Domains, whose API answers only in us-east-1 and only in
 * the aws partition (elsewhere there are none to read, as in Prowler). One GetDomainDetail per
 * domain gives both the privacy and the transfer lock checks what they judge.
 */
const domains = defineCollection<RegisteredDomain>({
  service: 'route53',
  name: 'domains',
  scope: 'global',
  async load(context) {
    if (context.account.partition !== 'aws') return;
    const client = context.client(Route53DomainsClient, 'us-east-1');
    const pages = paginateListDomains({ client, pageSize: DOMAIN_PAGE_SIZE }, {});
    const listed = await context.items('ListDomains', pages, (page) => page.Domains, DomainSummarySchema, 'domain');
    const read = await readEach(listed, ({ DomainName }) => readDomain(context, client, DomainName));
    for (const domain of read) context.resources.add(domain);
  },
});

async function readDomain(context: LoadContext<RegisteredDomain>, client: Route53DomainsClient, name: string): Promise<RegisteredDomain> {
  const arn = `arn:${context.account.partition}:route53:::domain/${name}`;
  const [detail, tags] = await Promise.all([
    context.field('GetDomainDetail', arn, async () => parse(DomainDetailSchema, await client.send(new GetDomainDetailCommand({ DomainName: name })), 'domain detail')),
    readDomainTags(context, client, name, arn),
  ]);
  return {
    arn,
    id: name,
    name,
    region: context.region,
    tags,
    adminPrivacy: mapField(detail, (domain) => domain.AdminPrivacy),
    statusList: mapField(detail, (domain) => domain.StatusList ?? []),
  };
}

async function readDomainTags(context: LoadContext<RegisteredDomain>, client: Route53DomainsClient, name: string, arn: string): Promise<Record<string, string>> {
  let tags: Record<string, string> = {};
  await context.read('ListTagsForDomain', async () => {
    tags = tagRecord(parse(DomainTagsSchema, await client.send(new ListTagsForDomainCommand({ DomainName: name })), 'domain tags').TagList);
  }, arn);
  return tags;
}

export default { hostedZones, recordSets, domains };
