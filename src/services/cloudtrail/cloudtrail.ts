import {
  CloudTrailClient,
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  paginateListTags,
} from '@aws-sdk/client-cloudtrail';
import { z } from 'zod';
import { parseArn } from '../../provider/arn.js';
import type { AwsResource } from '../resource-map.js';
import { RegionalService, parse, tagRecord } from '../service.js';

/** A classic event selector: which reads/writes it records, and for which data resources. */
export interface EventSelector {
  /** ReadOnly, WriteOnly or All. */
  readWriteType: string;
  dataResources: { type: string; values: string[] }[];
}

/** An advanced event selector: a conjunction of conditions on event fields. */
export interface AdvancedEventSelector {
  fieldSelectors: { field: string; equals: string[] }[];
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
  isLogging?: boolean;
  eventSelectors?: TrailEventSelectors;
}

const TrailDescriptionSchema = z.object({
  Name: z.string(),
  TrailARN: z.string(),
  HomeRegion: z.string(),
  IsMultiRegionTrail: z.boolean(),
  LogFileValidationEnabled: z.boolean(),
  S3BucketName: z.string(),
  KmsKeyId: z.string().nullish(),
});

type TrailDescription = z.infer<typeof TrailDescriptionSchema>;

const TrailListSchema = z.array(TrailDescriptionSchema).nullish();

const TrailStatusSchema = z.object({ IsLogging: z.boolean() });

const EventSelectorSchema = z
  .object({
    ReadWriteType: z.string().default('All'),
    DataResources: z.array(z.object({ Type: z.string(), Values: z.array(z.string()).nullish() })).nullish(),
  })
  .transform(
    (selector): EventSelector => ({
      readWriteType: selector.ReadWriteType,
      dataResources: (selector.DataResources ?? []).map((resource) => ({
        type: resource.Type,
        values: resource.Values ?? [],
      })),
    }),
  );

const AdvancedEventSelectorSchema = z
  .object({ FieldSelectors: z.array(z.object({ Field: z.string(), Equals: z.array(z.string()).nullish() })) })
  .transform(
    (selector): AdvancedEventSelector => ({
      fieldSelectors: selector.FieldSelectors.map((condition) => ({
        field: condition.Field,
        equals: condition.Equals ?? [],
      })),
    }),
  );

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

export class CloudTrailService extends RegionalService {
  readonly name = 'cloudtrail';
  readonly trails = this.resources<Trail>('trails');
  /** Each trail listed by DescribeTrails, by ARN, with the scanned regions that listed it. */
  private readonly listed = new Map<string, { description: TrailDescription; regions: string[] }>();

  /**
   * Lists trails in every region first, then reads each distinct trail's status and selectors
   * once: a multi-region trail appears in every region's listing, and CloudTrail allows only 10
   * reads per second per region.
   */
  override async load(): Promise<void> {
    await super.load();
    const sorted = [...this.listed.entries()].sort(([a], [b]) => a.localeCompare(b));
    const trails = sorted.map(([, { description, regions }]) => {
      const trail = toTrail(description);
      this.trails.add(trail);
      // The home region when it listed the trail; otherwise any scanned region that did, chosen
      // deterministically, since shadow trails answer there by ARN.
      const readRegion = regions.includes(trail.region) ? trail.region : ([...regions].sort()[0] ?? trail.region);
      return { trail, readRegion };
    });
    await Promise.all([
      ...trails.map(({ trail, readRegion }) => this.loadTrailState(trail, readRegion)),
      ...this.account.regions.map((region) => this.loadTags(region, trails.map(({ trail }) => trail))),
    ]);
  }

  protected async loadRegion(region: string): Promise<void> {
    const client = this.client(CloudTrailClient, region);
    await this.read(this.trails, region, 'DescribeTrails', async () => {
      // Shadow trails are the multi-region trails homed elsewhere (another region, possibly not
      // scanned, or the organization's management account): they log this region too.
      const response = await client.send(new DescribeTrailsCommand({ includeShadowTrails: true }));
      for (const description of parse(TrailListSchema, response.trailList, 'CloudTrail trail list') ?? []) {
        const seen = this.listed.get(description.TrailARN);
        if (seen) seen.regions.push(region);
        else this.listed.set(description.TrailARN, { description, regions: [region] });
      }
    });
  }

  /** Whether the trail is logging and which events it selects, read once from `region`. */
  private async loadTrailState(trail: Trail, region: string): Promise<void> {
    const client = this.client(CloudTrailClient, region);
    await Promise.all([
      this.read(this.trails, region, 'GetTrailStatus', async () => {
        const response = await client.send(new GetTrailStatusCommand({ Name: trail.arn }));
        trail.isLogging = parse(TrailStatusSchema, response, 'CloudTrail trail status').IsLogging;
      }, trail.arn),
      this.read(this.trails, region, 'GetEventSelectors', async () => {
        const response = await client.send(new GetEventSelectorsCommand({ TrailName: trail.arn }));
        trail.eventSelectors = parse(EventSelectorsSchema, response, 'CloudTrail event selectors');
      }, trail.arn),
    ]);
  }

  /**
   * Tags of this account's trails homed in `region`: ListTags only answers for trails of the
   * region it is called in, and for other accounts' trails there is nothing of ours to tag.
   */
  private async loadTags(region: string, trails: Trail[]): Promise<void> {
    const owned = trails.filter((trail) => trail.region === region && parseArn(trail.arn)?.account === this.account.id);
    const client = this.client(CloudTrailClient, region);
    const batches: Trail[][] = [];
    for (let start = 0; start < owned.length; start += TAGGED_TRAILS_PER_CALL) {
      batches.push(owned.slice(start, start + TAGGED_TRAILS_PER_CALL));
    }
    await Promise.all(
      batches.map((batch) => {
        const tagsByArn = listTags(client, batch.map((trail) => trail.arn));
        // One call serves the whole batch; its failure is recorded against each trail in it.
        return Promise.all(
          batch.map((trail) =>
            this.read(this.trails, region, 'ListTags', async () => {
              trail.tags = (await tagsByArn).get(trail.arn) ?? {};
            }, trail.arn),
          ),
        );
      }),
    );
  }
}

function toTrail(description: TrailDescription): Trail {
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
