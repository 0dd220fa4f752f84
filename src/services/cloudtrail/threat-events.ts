import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import pLimit from 'p-limit';
import { z } from 'zod';
import { defineCollection, parse, type Collection, type LoadContext } from '../collection.js';
import type { AwsResource, ResourceMap } from '../resource-map.js';
import type { Trail } from './cloudtrail.js';

/** An identity that called some of the actions a threat-detection check searches CloudTrail for. */
export interface ApiCaller extends AwsResource {
  /** CloudTrail's userIdentity.type: IAMUser, AssumedRole, Root, FederatedUser... */
  identityType: string;
  /** The searched actions it called within the look-back window, each once. */
  actions: string[];
}

/**
 * AWS answers LookupEvents at most twice a second per account and region, however the other
 * CloudTrail calls are paced; the provider paces all calls by one concurrency limit only, so
 * these calls are spaced here: one at a time per region, this far apart.
 */
const LOOKUP_SPACING_MS = 500;

const LookupPageSchema = z.object({
  Events: z
    .array(
      z.object({
        CloudTrailEvent: z.string().nullish(),
        EventTime: z.date().nullish(),
        Resources: z.array(z.object({ ResourceType: z.string().nullish(), ResourceName: z.string().nullish() })).nullish(),
      }),
    )
    .nullish(),
  NextToken: z.string().nullish(),
});

type LookedUpEvent = NonNullable<z.infer<typeof LookupPageSchema>['Events']>[number];

const RecordedEventSchema = z.object({
  userIdentity: z.object({ arn: z.string().nullish(), type: z.string().nullish() }).nullish(),
});

interface Call {
  callerArn: string;
  identityType: string;
}

/** The attestation measurements CloudTrail records of an enclave's call, by the PCR each holds. */
const MEASUREMENT_FIELDS = {
  PCR0: 'attestationDocumentEnclaveImageDigest',
  PCR1: 'attestationDocumentEnclavePCR1',
  PCR2: 'attestationDocumentEnclavePCR2',
  PCR3: 'attestationDocumentEnclavePCR3',
  PCR4: 'attestationDocumentEnclavePCR4',
  PCR8: 'attestationDocumentEnclavePCR8',
} as const;

export type MeasuredPcr = keyof typeof MEASUREMENT_FIELDS;

/** A KMS call made by a Nitro Enclave with an attestation document, as CloudTrail recorded it. */
export interface EnclaveKmsCall {
  /** Its place on the page LookupEvents answered, 0 for the newest. */
  position: number;
  eventName: string | null;
  /** When it was made, ISO 8601; null when CloudTrail does not say. */
  eventTime: string | null;
  keyArn: string;
  /** The measurements as recorded (base64 from CloudTrail); a PCR is absent when not a string. */
  measurements: Partial<Record<MeasuredPcr, string>>;
}

/**
 * What the first page of one search holds: how many events (of any caller), whether more were
 * left for a next page, the callers with an ARN, and the calls made by enclaves.
 */
export interface EventPage {
  eventCount: number;
  truncated: boolean;
  calls: Call[];
  enclaveCalls: EnclaveKmsCall[];
}

/** An enclave's call names its module as `<instance ID>-enc<enclave ID>`; anything else is not one. */
const EnclaveEventSchema = z.object({
  eventName: z.unknown().optional(),
  eventTime: z.unknown().optional(),
  resources: z.array(z.unknown()).nullish(),
  additionalEventData: z.object({ recipient: z.looseObject({ attestationDocumentModuleId: z.string().includes('-enc') }) }),
});

const ResourceEntrySchema = z.object({ ResourceType: z.unknown(), type: z.unknown(), ResourceName: z.unknown(), ARN: z.unknown() }).partial();

/** The KMS key a call used: from the event's resource list, else from the recorded event's own. */
function kmsKeyOf(event: LookedUpEvent, recordedResources: readonly unknown[]): string | null {
  for (const entry of [...(event.Resources ?? []), ...recordedResources]) {
    const parsed = ResourceEntrySchema.safeParse(entry);
    if (!parsed.success) continue;
    const type = parsed.data.ResourceType || parsed.data.type;
    const arn = parsed.data.ResourceName || parsed.data.ARN;
    if (typeof type === 'string' && type.includes('KMS::Key') && typeof arn === 'string' && arn.startsWith('arn:')) return arn;
  }
  return null;
}

/** The enclave call an event records, if it is one and names its key; other events are only counted. */
function enclaveCallOf(event: LookedUpEvent, recorded: unknown, position: number): EnclaveKmsCall | null {
  const parsed = EnclaveEventSchema.safeParse(recorded);
  if (!parsed.success) return null;
  const keyArn = kmsKeyOf(event, parsed.data.resources ?? []);
  if (!keyArn) return null;
  const { recipient } = parsed.data.additionalEventData;
  const measurements: Partial<Record<MeasuredPcr, string>> = {};
  for (const [pcr, field] of Object.entries(MEASUREMENT_FIELDS) as [MeasuredPcr, string][]) {
    const value: unknown = recipient[field];
    if (typeof value === 'string') measurements[pcr] = value;
  }
  const recordedTime = typeof parsed.data.eventTime === 'string' ? parsed.data.eventTime : null;
  return {
    position,
    eventName: typeof parsed.data.eventName === 'string' ? parsed.data.eventName : null,
    eventTime: event.EventTime?.toISOString() ?? recordedTime,
    keyArn,
    measurements,
  };
}

/**
 * The LookupEvents reads of one account in one region, shared by every collection that searches
 * events there: the same query is sent once, and every query waits its turn under the region's
 * rate. Keyed by the region's CloudTrail client, which exists once per account scan and region.
 * Pages are kept in the reduced form above, not as answered, since a scan may hold hundreds.
 */
export class RegionEventLookups {
  private readonly queries = new Map<string, Promise<EventPage>>();
  private readonly oneAtATime = pLimit(1);
  private lastSentAt = 0;

  constructor(private readonly client: CloudTrailClient) {}

  /**
   * The events named `eventName` of the last `minutes`, from the first page only (at most 50, the
   * newest): Prowler reads no further.
   */
  page(eventName: string, minutes: number): Promise<EventPage> {
    const query = `${eventName}\n${minutes}`;
    let page = this.queries.get(query);
    if (!page) {
      page = this.oneAtATime(() => this.lookUp(eventName, minutes));
      this.queries.set(query, page);
    }
    return page;
  }

  private async lookUp(eventName: string, minutes: number): Promise<EventPage> {
    const wait = this.lastSentAt + LOOKUP_SPACING_MS - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    this.lastSentAt = Date.now();
    const response = await this.client.send(
      new LookupEventsCommand({
        LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: eventName }],
        StartTime: new Date(Date.now() - minutes * 60_000),
      }),
    );
    const answered = parse(LookupPageSchema, response, 'CloudTrail events');
    const events = answered.Events ?? [];
    const page: EventPage = { eventCount: events.length, truncated: Boolean(answered.NextToken), calls: [], enclaveCalls: [] };
    events.forEach((event, position) => {
      if (!event.CloudTrailEvent) return;
      const recorded: unknown = JSON.parse(event.CloudTrailEvent);
      const identity = parse(RecordedEventSchema, recorded, 'CloudTrail event').userIdentity;
      // AWS services acting on their own carry no ARN; only identities of the account are weighed.
      if (identity?.arn) page.calls.push({ callerArn: identity.arn, identityType: identity.type ?? 'Unknown' });
      const enclaveCall = enclaveCallOf(event, recorded, position);
      if (enclaveCall) page.enclaveCalls.push(enclaveCall);
    });
    return page;
  }
}

const lookupsByClient = new WeakMap<CloudTrailClient, RegionEventLookups>();

/** The shared, paced LookupEvents queries of the region `client` calls. */
export function eventLookups(client: CloudTrailClient): RegionEventLookups {
  let lookups = lookupsByClient.get(client);
  if (!lookups) {
    lookups = new RegionEventLookups(client);
    lookupsByClient.set(client, lookups);
  }
  return lookups;
}

/**
 * The regions whose events are searched, as Prowler chooses them: the region a multi-region trail
 * was read from when there is one (its events of every region are there), otherwise every
 * scanned region. Without a multi-region trail, a region whose trails could not be listed might
 * have held one, so the search fails with the listing's own call.
 */
function searchedRegions(context: LoadContext<ApiCaller>, trails: ResourceMap<Trail>): string[] {
  const multiRegion = trails.found().find((trail) => trail.multiRegion);
  if (multiRegion) return [multiRegion.readRegion];
  trails.ensureListed();
  return [...context.account.regions];
}

type ThreatSearch = 'enumeration' | 'llm_jacking' | 'privilege_escalation';

/**
 * The identities that called any of a threat-detection check's configured actions within its
 * configured window (the `threat_detection_<search>_actions` and `_minutes` keys). One collection
 * per check, so a scan pays only for the searches of the checks it runs; searches they share are
 * sent once all the same.
 */
export function apiCallers(name: string, search: ThreatSearch, trails: Collection<Trail>): Collection<ApiCaller> {
  return defineCollection<ApiCaller, { trails: Collection<Trail> }>({
    service: 'cloudtrail',
    name,
    scope: 'global',
    needs: { trails },
    async load(context, dependencies) {
      const actions = [...new Set(context.config[`threat_detection_${search}_actions`])];
      const minutes = context.config[`threat_detection_${search}_minutes`];
      let regions: string[] = [];
      const chosen = await context.read('DescribeTrails', () => {
        regions = searchedRegions(context, dependencies.trails);
        return Promise.resolve();
      });
      if (!chosen) return;
      const callers = new Map<string, ApiCaller>();
      await Promise.all(
        regions.map((region) =>
          context.inRegion(region).read('LookupEvents', async () => {
            const lookups = eventLookups(context.client(CloudTrailClient, region));
            const found = await Promise.all(actions.map(async (action) => ({ action, calls: (await lookups.page(action, minutes)).calls })));
            for (const { action, calls } of found) {
              for (const { callerArn, identityType } of calls) {
                const caller = callers.get(callerArn) ?? newCaller(callerArn, identityType, context.region);
                if (!caller.actions.includes(action)) caller.actions.push(action);
                callers.set(callerArn, caller);
              }
            }
          }),
        ),
      );
      for (const caller of callers.values()) context.resources.add(caller);
    },
  });
}

/** A caller is reported by its ARN, named by the ARN's last path segment, as Prowler does. */
function newCaller(arn: string, identityType: string, region: string): ApiCaller {
  return { arn, id: arn.split('/').pop() ?? arn, region, tags: {}, identityType, actions: [] };
}
