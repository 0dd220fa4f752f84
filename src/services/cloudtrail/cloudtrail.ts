import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetInsightSelectorsCommand,
  GetTrailStatusCommand,
  paginateListTags,
} from '@aws-sdk/client-cloudtrail';
import { z } from 'zod';
import { parseArn } from '../../provider/arn.js';
import { defineCollection, parse, tagRecord, unlessAbsent, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import { failureOf, mapField, need, type AwsResource, type Field } from '../resource-map.js';
import { enclaveKmsEvents } from './enclave-events.js';
import { ENCLAVE_SEARCHES } from './enclave-search.js';
import { apiCallers } from './threat-events.js';

/** A classic event selector: which reads/writes it records, and for which data resources. */
export interface EventSelector {
  /** ReadOnly, WriteOnly or All. */
  readWriteType: string;
  /** Whether management events are recorded too; AWS's default is true. */
  includeManagementEvents: boolean;
  dataResources: { type: string; values: string[] }[];
}

/** The ways an advanced selector's condition can test a field, each with its list of values. */
export type FieldOperator = 'equals' | 'notEquals' | 'startsWith' | 'notStartsWith' | 'endsWith' | 'notEndsWith';

/** One condition of an advanced selector. */
export interface FieldSelector {
  field: string;
  /** The Equals values; empty when the condition has none. */
  equals: string[];
  /** Exactly the operators the condition sets: an absent operator tests nothing, an empty one matches nothing. */
  conditions: Partial<Record<FieldOperator, string[]>>;
}

/** An advanced event selector: a conjunction of conditions on event fields. */
export interface AdvancedEventSelector {
  /** The name given to the selector, null when it has none. */
  name: string | null;
  fieldSelectors: FieldSelector[];
}

/** A trail uses either classic or advanced selectors; the other list is empty. */
export interface TrailEventSelectors {
  classic: EventSelector[];
  advanced: AdvancedEventSelector[];
}

/**
 * A trail, read once however many regions list it. `id` and `name` are the trail name, `region`
 * its home region, which may be a region the scan does not cover (a multi-region trail is listed
 * in every region) and, for an organization trail, may belong to another account.
 */
export interface Trail extends AwsResource {
  multiRegion: boolean;
  logFileValidationEnabled: boolean;
  /** The bucket the trail delivers to, possibly in another account. */
  s3BucketName: string;
  /** null when log files are encrypted with S3-managed keys only. */
  kmsKeyId: string | null;
  /** The CloudWatch Logs log group the trail also delivers to; null when it delivers to S3 only. */
  cloudWatchLogsLogGroupArn: string | null;
  /**
   * The scanned region its status and selectors were read from: its home region when scanned,
   * otherwise a scanned region that lists it as a shadow trail.
   */
  readRegion: string;
  isLogging: Field<boolean>;
  /** When CloudTrail last delivered its events to CloudWatch Logs; null when it never has. */
  latestCloudWatchLogsDelivery: Field<Date | null>;
  /** When the trail's status was read, to age `latestCloudWatchLogsDelivery` against. */
  statusReadAt: Date;
  eventSelectors: Field<TrailEventSelectors>;
}

/** A trail's insight selectors, read only for the checks that need them. */
export interface TrailInsights extends AwsResource {
  /** The insight type of its first selector (ApiCallRateInsight, ApiErrorRateInsight); null when it has none. */
  firstInsightType: Field<string | null>;
}

const TrailDescriptionSchema = z.object({
  Name: z.string(),
  TrailARN: z.string(),
  HomeRegion: z.string(),
  IsMultiRegionTrail: z.boolean(),
  LogFileValidationEnabled: z.boolean(),
  S3BucketName: z.string(),
  KmsKeyId: z.string().nullish(),
  CloudWatchLogsLogGroupArn: z.string().nullish(),
});

type TrailDescription = z.infer<typeof TrailDescriptionSchema>;

const TrailListSchema = z.array(TrailDescriptionSchema).nullish();

const TrailStatusSchema = z.object({ IsLogging: z.boolean(), LatestCloudWatchLogsDeliveryTime: z.date().nullish() });

const EventSelectorSchema = z
  .object({
    ReadWriteType: z.string().default('All'),
    IncludeManagementEvents: z.boolean().default(true),
    DataResources: z.array(z.object({ Type: z.string(), Values: z.array(z.string()).nullish() })).nullish(),
  })
  .transform(
    (selector): EventSelector => ({
      readWriteType: selector.ReadWriteType,
      includeManagementEvents: selector.IncludeManagementEvents,
      dataResources: (selector.DataResources ?? []).map((resource) => ({
        type: resource.Type,
        values: resource.Values ?? [],
      })),
    }),
  );

const OPERATOR_FIELDS = {
  equals: 'Equals',
  notEquals: 'NotEquals',
  startsWith: 'StartsWith',
  notStartsWith: 'NotStartsWith',
  endsWith: 'EndsWith',
  notEndsWith: 'NotEndsWith',
} as const satisfies Record<FieldOperator, string>;

const values = z.array(z.string()).nullish();

const FieldSelectorSchema = z
  .object({ Field: z.string(), Equals: values, NotEquals: values, StartsWith: values, NotStartsWith: values, EndsWith: values, NotEndsWith: values })
  .transform((condition): FieldSelector => {
    const conditions: Partial<Record<FieldOperator, string[]>> = {};
    for (const [operator, key] of Object.entries(OPERATOR_FIELDS) as [FieldOperator, (typeof OPERATOR_FIELDS)[FieldOperator]][]) {
      const listed = condition[key];
      if (listed) conditions[operator] = listed;
    }
    return { field: condition.Field, equals: condition.Equals ?? [], conditions };
  });

const AdvancedEventSelectorSchema = z
  .object({ Name: z.string().nullish(), FieldSelectors: z.array(FieldSelectorSchema) })
  .transform((selector): AdvancedEventSelector => ({ name: selector.Name ?? null, fieldSelectors: selector.FieldSelectors }));

const InsightSelectorsSchema = z.object({ InsightSelectors: z.array(z.object({ InsightType: z.string().nullish() })).nullish() });

const EventSelectorsSchema = z
  .object({
    EventSelectors: z.array(EventSelectorSchema).nullish(),
    AdvancedEventSelectors: z.array(AdvancedEventSelectorSchema).nullish(),
  })
  .transform(
    (response): TrailEventSelectors => ({
      classic: response.EventSelectors ?? [],
      advanced: response.AdvancedEventSelectors ?? [],
    }),
  );

const TagListSchema = z
  .array(z.object({ ResourceId: z.string(), TagsList: z.array(z.object({ Key: z.string(), Value: z.string().optional() })).nullish() }))
  .nullish();

/** ListTags accepts at most this many trail ARNs per call. */
const TAGGED_TRAILS_PER_CALL = 20;

/**
 * Trails are listed in every region first, then each distinct trail's status and selectors are
 * read once: a multi-region trail appears in every region's listing, and CloudTrail allows only 10
 * reads per second per region. The collection is global for that reason; its listings are
 * recorded per region all the same.
 */
const trails = defineCollection<Trail>({
  service: 'cloudtrail',
  name: 'trails',
  scope: 'global',
  async load(context) {
    // Trails are kept in the order the listings name them, the global region's listing first as
    // Prowler reads them, since checks that stop at the first matching trail report that one.
    const { account } = context;
    const regions = [...account.regions].sort((a, b) => Number(b === account.globalRegion) - Number(a === account.globalRegion));
    const listings = await Promise.all(regions.map((region) => listTrails(context.inRegion(region))));
    const listed = new Map<string, { description: TrailDescription; regions: string[] }>();
    listings.forEach((descriptions, index) => {
      for (const description of descriptions) {
        const seen = listed.get(description.TrailARN);
        if (seen) seen.regions.push(regions[index]!);
        else listed.set(description.TrailARN, { description, regions: [regions[index]!] });
      }
    });
    const trails = await readEach([...listed.values()], ({ description, regions }) => {
      // The home region when it listed the trail; otherwise any scanned region that did, chosen
      // deterministically, since shadow trails answer there by ARN.
      const readRegion = regions.includes(description.HomeRegion) ? description.HomeRegion : ([...regions].sort()[0] ?? description.HomeRegion);
      return readTrail(context.inRegion(readRegion), description, readRegion);
    });
    await Promise.all(context.account.regions.map((region) => readTags(context.inRegion(region), trails)));
    for (const trail of trails) context.resources.add(trail);
  },
});

/**
 * One GetInsightSelectors per trail that is logging: only cloudtrail_insights_exist needs it, and
 * it judges logging trails only. CloudTrail answers InsightNotEnabledException for a trail without
 * insights, and UnsupportedOperationException where insights are not offered: both mean none.
 */
const trailInsights = defineCollection<TrailInsights, { trails: typeof trails }>({
  service: 'cloudtrail',
  name: 'trailInsights',
  scope: 'global',
  needs: { trails },
  async load(context, { trails: listed }) {
    const logging = listed.found().filter((trail) => isKnownTrue(trail.isLogging));
    await readEach(logging, async (trail) => {
      const client = context.client(CloudTrailClient, trail.readRegion);
      const firstInsightType = await context.inRegion(trail.readRegion).field('GetInsightSelectors', trail.arn, async () => {
        const response = await unlessAbsent(
          client.send(new GetInsightSelectorsCommand({ TrailName: trail.arn })),
          'InsightNotEnabledException',
          'UnsupportedOperationException',
        );
        const selectors = response ? parse(InsightSelectorsSchema, response, 'CloudTrail insight selectors').InsightSelectors : null;
        return selectors?.[0]?.InsightType ?? null;
      });
      context.resources.add({ arn: trail.arn, id: trail.id, name: trail.id, region: trail.region, tags: trail.tags, firstInsightType });
    });
  },
});

const enumerationCallers = apiCallers('enumerationCallers', 'enumeration', trails);
const llmJackingCallers = apiCallers('llmJackingCallers', 'llm_jacking', trails);
const privilegeEscalationCallers = apiCallers('privilegeEscalationCallers', 'privilege_escalation', trails);

const enclaveDebugKmsEvents = enclaveKmsEvents('enclaveDebugKmsEvents', ENCLAVE_SEARCHES.debug);
const enclaveUnknownImageKmsEvents = enclaveKmsEvents('enclaveUnknownImageKmsEvents', ENCLAVE_SEARCHES.unknownImage);

export default {
  trails,
  trailInsights,
  enumerationCallers,
  llmJackingCallers,
  privilegeEscalationCallers,
  enclaveDebugKmsEvents,
  enclaveUnknownImageKmsEvents,
};

/** True only for a field read as true: an unread one is for the check to report. */
function isKnownTrue(field: Field<boolean>): boolean {
  return !failureOf(field) && need(field);
}

/** The trails one region's DescribeTrails names; none when it failed, which is recorded. */
async function listTrails(context: LoadContext<Trail>): Promise<TrailDescription[]> {
  let descriptions: TrailDescription[] = [];
  await context.read('DescribeTrails', async () => {
    // Shadow trails are the multi-region trails homed elsewhere (another region, possibly not
    // scanned, or the organization's management account): they log this region too.
    const response = await context.client(CloudTrailClient).send(new DescribeTrailsCommand({ includeShadowTrails: true }));
    descriptions = parse(TrailListSchema, response.trailList, 'CloudTrail trail list') ?? [];
  });
  return descriptions;
}

/** Whether the trail is logging and which events it selects, read once from the context's region. */
async function readTrail(context: LoadContext<Trail>, description: TrailDescription, readRegion: string): Promise<Trail> {
  const client = context.client(CloudTrailClient);
  const arn = description.TrailARN;
  const statusReadAt = new Date();
  const [status, eventSelectors] = await Promise.all([
    context.field('GetTrailStatus', arn, async () => {
      const response = await client.send(new GetTrailStatusCommand({ Name: arn }));
      return parse(TrailStatusSchema, response, 'CloudTrail trail status');
    }),
    context.field('GetEventSelectors', arn, async () => {
      const response = await client.send(new GetEventSelectorsCommand({ TrailName: arn }));
      return parse(EventSelectorsSchema, response, 'CloudTrail event selectors');
    }),
  ]);
  return {
    ...describedTrail(description, readRegion),
    isLogging: mapField(status, (read) => read.IsLogging),
    latestCloudWatchLogsDelivery: mapField(status, (read) => read.LatestCloudWatchLogsDeliveryTime ?? null),
    statusReadAt,
    eventSelectors,
  };
}

/**
 * Tags of this account's trails homed in the context's region: ListTags only answers for trails
 * of the region it is called in, and other accounts' trails have nothing of ours to tag. Tags
 * decide no verdict, so a failed call is recorded and leaves them empty.
 */
async function readTags(context: LoadContext<Trail>, trails: Trail[]): Promise<void> {
  const owned = trails.filter((trail) => trail.region === context.region && parseArn(trail.arn)?.account === context.account.id);
  const client = context.client(CloudTrailClient);
  const batches: Trail[][] = [];
  for (let start = 0; start < owned.length; start += TAGGED_TRAILS_PER_CALL) batches.push(owned.slice(start, start + TAGGED_TRAILS_PER_CALL));
  await readEach(batches, (batch) => {
    const tagsByArn = listTags(client, batch.map((trail) => trail.arn));
    // Held until the trails await it, so an early failure is not an unhandled rejection.
    tagsByArn.catch(() => undefined);
    // One call serves the whole batch; its failure is recorded against each trail in it.
    return Promise.all(
      batch.map((trail) =>
        context.read('ListTags', async () => {
          trail.tags = (await tagsByArn).get(trail.arn) ?? {};
        }, trail.arn),
      ),
    );
  });
}

/** What DescribeTrails says of a trail. */
function describedTrail(description: TrailDescription, readRegion: string): Omit<Trail, 'isLogging' | 'latestCloudWatchLogsDelivery' | 'statusReadAt' | 'eventSelectors'> {
  return {
    arn: description.TrailARN,
    id: description.Name,
    name: description.Name,
    region: description.HomeRegion,
    tags: {},
    multiRegion: description.IsMultiRegionTrail,
    logFileValidationEnabled: description.LogFileValidationEnabled,
    s3BucketName: description.S3BucketName,
    // An empty key ID names no key, just as an absent one.
    kmsKeyId: description.KmsKeyId || null,
    cloudWatchLogsLogGroupArn: description.CloudWatchLogsLogGroupArn || null,
    readRegion,
  };
}

async function listTags(client: CloudTrailClient, trailArns: string[]): Promise<Map<string, Record<string, string>>> {
  const tagsByArn = new Map<string, Record<string, string>>();
  for await (const page of paginateListTags({ client }, { ResourceIdList: trailArns })) {
    for (const entry of parse(TagListSchema, page.ResourceTagList, 'CloudTrail tags') ?? []) {
      tagsByArn.set(entry.ResourceId, tagRecord(entry.TagsList ?? []));
    }
  }
  return tagsByArn;
}
