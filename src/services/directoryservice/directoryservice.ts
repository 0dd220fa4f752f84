import {
  DescribeEventTopicsCommand,
  DirectoryServiceClient,
  GetSnapshotLimitsCommand,
  paginateDescribeDirectories,
  paginateListCertificates,
  paginateListLogSubscriptions,
  paginateListTagsForResource,
} from '@aws-sdk/client-directory-service';
import { z } from 'zod';
import { defineCollection, once, parse, tagRecord, unlessAbsent, type LoadContext } from '../collection.js';
import { perListedResource, readEach } from '../listing.js';
import { known, type AwsResource, type Field, type Listing } from '../resource-map.js';

/** A directory of AWS Directory Service; `id` is its directory ID (`d-1234567890`). */
export interface Directory extends AwsResource {
  name: string;
  /** SimpleAD, ADConnector, MicrosoftAD or SharedMicrosoftAD. */
  type: string;
  /** RADIUS multi-factor authentication, as DescribeDirectories reports it. */
  radius: {
    /** PAP, CHAP, MS-CHAPv1 or MS-CHAPv2; null without RADIUS settings. */
    authenticationProtocol: string | null;
    /** Creating, Completed or Failed; null when RADIUS was never set up. */
    status: string | null;
  };
}

export interface DirectoryLogSubscriptions extends Directory {
  /** The CloudWatch Logs groups the directory's security logs are forwarded to. */
  logGroups: Field<string[]>;
}

export interface DirectoryEventTopics extends Directory {
  /** The SNS topics told of the directory's status changes, whatever their registration status. */
  eventTopics: Field<string[]>;
}

export interface SnapshotLimits {
  manualSnapshotsLimit: number;
  manualSnapshotsCurrentCount: number;
  manualSnapshotsLimitReached: boolean;
}

/** A Managed Microsoft AD directory with its manual snapshot quota. */
export interface DirectorySnapshotLimits extends Directory {
  /** Null while the directory is being deleted: AWS then gives no limits. */
  snapshotLimits: Field<SnapshotLimits | null>;
}

export interface DirectoryCertificate {
  id: string;
  commonName: string;
  /** Registered, Registering, RegisterFailed, Deregistering... */
  state: string;
  /** ClientLDAPS or ClientCertAuth. */
  type: string;
  expiresAt: string;
  /** Whole days from the scan until it expires, rounded down (negative once expired), as Prowler counts them. */
  daysToExpiry: number;
}

/** A directory (other than Simple AD, which takes no certificates) with its registered certificates. */
export interface DirectoryCertificates extends Directory {
  certificates: Field<DirectoryCertificate[]>;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** ListCertificates answers at most 50 certificates a page; the other listings page at their maximum when given no limit. */
const CERTIFICATE_PAGE_SIZE = 50;

const DirectorySchema = z.object({
  DirectoryId: z.string(),
  Name: z.string(),
  Type: z.string(),
  RadiusSettings: z.object({ AuthenticationProtocol: z.string().nullish() }).nullish(),
  RadiusStatus: z.string().nullish(),
});

const TagsSchema = z.array(z.object({ Key: z.string(), Value: z.string().optional() })).nullish();

const LogSubscriptionSchema = z.object({ DirectoryId: z.string(), LogGroupName: z.string() });

const EventTopicsSchema = z.array(z.object({ DirectoryId: z.string(), TopicArn: z.string() })).nullish();

const SnapshotLimitsSchema = z.object({
  ManualSnapshotsLimit: z.number(),
  ManualSnapshotsCurrentCount: z.number(),
  ManualSnapshotsLimitReached: z.boolean(),
});

const CertificateSchema = z.object({
  CertificateId: z.string(),
  CommonName: z.string().nullish(),
  State: z.string().nullish(),
  Type: z.string().nullish(),
  ExpiryDateTime: z.date(),
});

/** Directories with their RADIUS settings, and their tags (one ListTagsForResource call each, since the listing carries none). */
const directories = defineCollection<Directory>({
  service: 'directoryservice',
  name: 'directories',
  scope: 'regional',
  async load(context) {
    const client = context.client(DirectoryServiceClient);
    const pages = paginateDescribeDirectories({ client }, {});
    const listed = await context.items('DescribeDirectories', pages, (page) => page.DirectoryDescriptions, DirectorySchema, 'directory');
    await readEach(listed, async (directory) => {
      const arn = context.arn('ds', `directory/${directory.DirectoryId}`);
      let tags: Record<string, string> = {};
      // Tags decide no verdict: a failed read is recorded and leaves none.
      await context.read('ListTagsForResource', async () => {
        const listedTags: z.infer<typeof TagsSchema> = [];
        for await (const page of paginateListTagsForResource({ client }, { ResourceId: directory.DirectoryId })) {
          listedTags.push(...(parse(TagsSchema, page.Tags, 'directory tags') ?? []));
        }
        tags = tagRecord(listedTags);
      }, arn);
      context.resources.add({
        arn,
        id: directory.DirectoryId,
        name: directory.Name,
        region: context.region,
        tags,
        type: directory.Type,
        radius: { authenticationProtocol: directory.RadiusSettings?.AuthenticationProtocol ?? null, status: directory.RadiusStatus ?? null },
      });
    });
  },
});

/**
 * Each directory's log forwarding, from one ListLogSubscriptions listing of the whole region
 * (asked without a directory ID) instead of one per directory.
 */
const directoryLogSubscriptions = defineCollection<DirectoryLogSubscriptions, { directories: typeof directories }>({
  service: 'directoryservice',
  name: 'directoryLogSubscriptions',
  scope: 'regional',
  needs: { directories },
  async load(context, dependencies) {
    await perDirectoryOfRegion(context, dependencies.directories, {
      operation: 'ListLogSubscriptions',
      async listRegion(client) {
        const groups = new Map<string, string[]>();
        for await (const page of paginateListLogSubscriptions({ client }, {})) {
          for (const raw of page.LogSubscriptions ?? []) {
            const { DirectoryId, LogGroupName } = parse(LogSubscriptionSchema, raw, 'log subscription');
            groups.set(DirectoryId, [...(groups.get(DirectoryId) ?? []), LogGroupName]);
          }
        }
        return groups;
      },
      build: (directory, logGroups) => ({ ...directory, logGroups }),
    });
  },
});

/**
 * Each directory's SNS notifications, from one DescribeEventTopics call for the whole region
 * (asked without a directory ID) instead of one per directory.
 */
const directoryEventTopics = defineCollection<DirectoryEventTopics, { directories: typeof directories }>({
  service: 'directoryservice',
  name: 'directoryEventTopics',
  scope: 'regional',
  needs: { directories },
  async load(context, dependencies) {
    await perDirectoryOfRegion(context, dependencies.directories, {
      operation: 'DescribeEventTopics',
      async listRegion(client) {
        const response = await client.send(new DescribeEventTopicsCommand({}));
        const topics = new Map<string, string[]>();
        for (const { DirectoryId, TopicArn } of parse(EventTopicsSchema, response.EventTopics, 'event topics') ?? []) {
          topics.set(DirectoryId, [...(topics.get(DirectoryId) ?? []), TopicArn]);
        }
        return topics;
      },
      // AWS offers no event topics on a directory shared with this account; Prowler counts it as having none.
      hasNone: (directory) => directory.type === 'SharedMicrosoftAD',
      build: (directory, eventTopics) => ({ ...directory, eventTopics }),
    });
  },
});

/** The manual snapshot quota of each Managed Microsoft AD directory (the only type that has one): one GetSnapshotLimits call each. */
const directorySnapshotLimits = perListedResource<DirectorySnapshotLimits, Directory>({
  service: 'directoryservice',
  name: 'directorySnapshotLimits',
  scope: 'regional',
  listed: directories,
  operation: 'GetSnapshotLimits',
  selects: (directory) => directory.type === 'MicrosoftAD',
  read: async (context, directory) => ({
    ...directory,
    snapshotLimits: await context.field('GetSnapshotLimits', directory.arn, async () => {
      const request = context.client(DirectoryServiceClient).send(new GetSnapshotLimitsCommand({ DirectoryId: directory.id }));
      const response = await unlessBeingDeleted(request);
      if (!response) return null;
      const limits = parse(SnapshotLimitsSchema, response.SnapshotLimits, 'snapshot limits');
      return {
        manualSnapshotsLimit: limits.ManualSnapshotsLimit,
        manualSnapshotsCurrentCount: limits.ManualSnapshotsCurrentCount,
        manualSnapshotsLimitReached: limits.ManualSnapshotsLimitReached,
      };
    }),
  }),
});

/**
 * The certificates registered on each directory that can hold any (Simple AD cannot): one
 * paginated ListCertificates listing per directory. A directory for which AWS answers that the
 * operation is unsupported has none.
 */
const directoryCertificates = perListedResource<DirectoryCertificates, Directory>({
  service: 'directoryservice',
  name: 'directoryCertificates',
  scope: 'regional',
  listed: directories,
  operation: 'ListCertificates',
  selects: (directory) => directory.type !== 'SimpleAD',
  read: async (context, directory) => ({
    ...directory,
    certificates: await context.field('ListCertificates', directory.arn, async () => {
      const certificates = await unlessAbsent(readCertificates(context.client(DirectoryServiceClient), directory.id), 'UnsupportedOperationException');
      return certificates ?? [];
    }),
  }),
});

export default { directories, directoryLogSubscriptions, directoryEventTopics, directorySnapshotLimits, directoryCertificates };

interface RegionListing<T extends Directory> {
  operation: string;
  /** The one call for the whole region: what it lists, by directory ID. */
  listRegion: (client: DirectoryServiceClient) => Promise<Map<string, string[]>>;
  /** Directories that have none by their type, so that no call is made for them alone. */
  hasNone?: (directory: Directory) => boolean;
  build: (directory: Directory, listed: Field<string[]>) => T;
}

/**
 * Makes `operation`'s region-wide call once, only when a directory of the region needs it, and
 * gives each directory its own part of the answer, or the call's failure.
 */
async function perDirectoryOfRegion<T extends Directory>(context: LoadContext<T>, directories: Listing<Directory>, listing: RegionListing<T>): Promise<void> {
  const regionAnswer = once(() => listing.listRegion(context.client(DirectoryServiceClient)));
  // A region whose directories could not be listed fails here with DescribeDirectories, naming that call.
  await context.read('DescribeDirectories', async () => {
    for (const directory of directories.all(context.region)) {
      const listed = listing.hasNone?.(directory)
        ? known<string[]>([])
        : await context.field(listing.operation, directory.arn, async () => (await regionAnswer()).get(directory.id) ?? []);
      context.resources.add(listing.build(directory, listed));
    }
  });
}

/** GetSnapshotLimits' answer, or null when AWS refuses it because the directory is being deleted. */
async function unlessBeingDeleted<R>(request: Promise<R>): Promise<R | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof Error && error.message.includes('is in Deleting state')) return null;
    throw error;
  }
}

async function readCertificates(client: DirectoryServiceClient, directoryId: string): Promise<DirectoryCertificate[]> {
  const now = Date.now();
  const certificates: DirectoryCertificate[] = [];
  for await (const page of paginateListCertificates({ client, pageSize: CERTIFICATE_PAGE_SIZE }, { DirectoryId: directoryId })) {
    for (const raw of page.CertificatesInfo ?? []) certificates.push(toCertificate(parse(CertificateSchema, raw, 'certificate'), now));
  }
  return certificates;
}

function toCertificate(certificate: z.infer<typeof CertificateSchema>, now: number): DirectoryCertificate {
  return {
    id: certificate.CertificateId,
    commonName: certificate.CommonName ?? '',
    state: certificate.State ?? '',
    type: certificate.Type ?? '',
    expiresAt: certificate.ExpiryDateTime.toISOString(),
    daysToExpiry: Math.floor((certificate.ExpiryDateTime.getTime() - now) / DAY_MS),
  };
}
