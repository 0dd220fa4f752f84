import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketNotificationConfigurationCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetObjectAclCommand,
  GetObjectLockConfigurationCommand,
  GetPublicAccessBlockCommand,
  HeadBucketCommand,
  ListObjectsV2Command,
  S3Client,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { z } from 'zod';
import { regionOfBucketLocation } from '../../provider/arn.js';
import { defineCollection, parse, tagRecord, unlessAbsent, type Collection, type LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { mapField, type AwsResource, type Field, type ResourceMap } from '../resource-map.js';
import { PublicAccessBlockSchema, accessPoints, multiRegionAccessPoints } from './control.js';
import { bucketIn, predictableBucketNames, predictableServiceOf } from './names.js';

export type { AccessPoint, MultiRegionAccessPoint } from './control.js';

/** The four switches of an S3 public access block, at bucket or account level. */
export interface PublicAccessBlock {
  blockPublicAcls: boolean;
  ignorePublicAcls: boolean;
  blockPublicPolicy: boolean;
  restrictPublicBuckets: boolean;
}

export interface AclGrant {
  /** CanonicalUser, Group or AmazonCustomerByEmail. */
  granteeType: string;
  /** For groups, e.g. http://acs.amazonaws.com/groups/global/AllUsers. */
  uri?: string;
  canonicalId?: string;
  /** READ, WRITE, READ_ACP, WRITE_ACP, FULL_CONTROL. */
  permission: string;
}

export interface BucketLogging {
  targetBucket: string;
  targetPrefix: string;
}

/**
 * A bucket as ListBuckets names it: `id` and `name` are the bucket name, `region` its own region.
 * Its tags come with it, since every finding about a bucket carries them.
 */
export interface ListedBucket extends AwsResource {
  name: string;
  /** The scanned account's canonical ID: ListBuckets names it as the owner of every bucket it lists. */
  accountCanonicalId: string;
}

/** A listed bucket with one configuration, read by a call of its own. */
export type BucketWith<Key extends string, Value> = ListedBucket & { readonly [K in Key]: Field<Value> };

export interface BucketVersioning {
  /** Versioning is Enabled (not merely Suspended, nor never turned on). */
  enabled: boolean;
  mfaDelete: boolean;
}

export interface BucketAcl {
  /** Canonical ID of the bucket owner. */
  ownerId: string | undefined;
  grants: AclGrant[];
}

export interface LifecycleRule {
  id: string;
  /** Enabled or Disabled. */
  status: string;
}

export interface ReplicationRule {
  id: string;
  /** Enabled or Disabled. */
  status: string;
  /** The destination bucket's ARN. */
  destination: string;
}

/** An object whose ACL was sampled. */
export interface SampledObject {
  key: string;
  grants: AclGrant[];
}

/**
 * What spot-checking a bucket's objects found: it is empty, the sampled objects' ACLs, or the
 * error AWS answered, which Prowler reports for review rather than as a verdict.
 */
export type ObjectSample =
  | { outcome: 'empty' }
  | { outcome: 'sampled'; objects: SampledObject[] }
  | { outcome: 'refused'; errorCode: string; message: string };

/**
 * A bucket with the configurations the first S3 checks read; null means the bucket has none.
 * Each is read by a call of its own (see the bucket* collections it is composed of).
 */
export interface S3Bucket extends AwsResource {
  aclGrants: Field<AclGrant[]>;
  /** Canonical ID of the bucket owner, from its ACL. */
  ownerId: Field<string | undefined>;
  policy: Field<PolicyDocument | null>;
  publicAccessBlock: Field<PublicAccessBlock | null>;
  /** Default server-side encryption algorithm: AES256, aws:kms or aws:kms:dsse. */
  encryption: Field<string | null>;
  /** Versioning is Enabled (not merely Suspended, nor never turned on). */
  versioning: Field<boolean>;
  mfaDelete: Field<boolean>;
  /** Where server access logs go. */
  logging: Field<BucketLogging | null>;
  /** Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred or ObjectWriter. */
  ownership: Field<string | null>;
}

/** The account-wide public access block (S3 Control), one per account. */
export interface AccountPublicAccessBlock extends AwsResource {
  /** null when the account has none configured. */
  settings: PublicAccessBlock | null;
}

/**
 * A bucket name AWS services create predictably in each region (Glue, SageMaker, EMR, CodeStar),
 * which anyone can claim first; `id` and `name` are the name and `region` the region it is for.
 */
export interface ShadowBucketCandidate extends AwsResource {
  /** The AWS service whose bucket this name would be. */
  service: string;
  /** Whether a bucket of this name exists (in any account) as HeadBucket answers. */
  exists: Field<boolean>;
}

/** ListBuckets returns at most this many per page, and only with a page size does it name each bucket's region. */
const LIST_BUCKETS_PAGE_SIZE = 10_000;

const ListBucketsPageSchema = z.object({
  Buckets: z.array(z.object({ Name: z.string(), BucketRegion: z.string().optional() })).default([]),
  Owner: z.object({ ID: z.string().optional() }).optional(),
});

const LocationSchema = z.object({ LocationConstraint: z.string().nullish() });

const VersioningSchema = z.object({ Status: z.string().optional(), MFADelete: z.string().optional() });

const LoggingSchema = z.object({
  LoggingEnabled: z.object({ TargetBucket: z.string(), TargetPrefix: z.string().default('') }).optional(),
});

const GrantsSchema = z
  .array(
    z.object({
      Grantee: z.object({ Type: z.string(), URI: z.string().optional(), ID: z.string().optional() }),
      Permission: z.string(),
    }),
  )
  .default([]);

const AclSchema = z.object({ Owner: z.object({ ID: z.string().optional() }).optional(), Grants: GrantsSchema });

const EncryptionSchema = z.object({
  Rules: z.array(z.object({ ApplyServerSideEncryptionByDefault: z.object({ SSEAlgorithm: z.string() }).optional() })),
});

const OwnershipSchema = z.object({ Rules: z.array(z.object({ ObjectOwnership: z.string() })) });

const TagSetSchema = z.array(z.object({ Key: z.string(), Value: z.string() })).default([]);

const LifecycleSchema = z.object({ Rules: z.array(z.object({ ID: z.string().default(''), Status: z.string() })).default([]) });

const ReplicationSchema = z.object({
  ReplicationConfiguration: z
    .object({ Rules: z.array(z.object({ ID: z.string().default(''), Status: z.string(), Destination: z.object({ Bucket: z.string() }) })).default([]) })
    .optional(),
});

const NotificationSchema = z.object({
  TopicConfigurations: z.array(z.unknown()).optional(),
  QueueConfigurations: z.array(z.unknown()).optional(),
  LambdaFunctionConfigurations: z.array(z.unknown()).optional(),
  EventBridgeConfiguration: z.object({}).passthrough().optional(),
});

const ObjectListSchema = z.object({ Contents: z.array(z.object({ Key: z.string() })).default([]) });

function aclGrants(grants: z.infer<typeof GrantsSchema>): AclGrant[] {
  return grants.map(({ Grantee, Permission }) => ({ granteeType: Grantee.Type, uri: Grantee.URI, canonicalId: Grantee.ID, permission: Permission }));
}

/**
 * Buckets are listed once for the account and kept only when in a scanned region. Each bucket's
 * tags take a GetBucketTagging call of its own; they are read here because every finding about a
 * bucket carries them, whichever configuration it judges.
 */
const bucketList = defineCollection<ListedBucket>({
  service: 's3',
  name: 'bucketList',
  scope: 'global',
  async load(context) {
    const client = context.client(S3Client);
    const listed: z.infer<typeof ListBucketsPageSchema>['Buckets'] = [];
    let accountCanonicalId = '';
    const complete = await context.read('ListBuckets', async () => {
      for await (const page of paginateListBuckets({ client, pageSize: LIST_BUCKETS_PAGE_SIZE }, {})) {
        const { Buckets, Owner } = parse(ListBucketsPageSchema, page, 'bucket list');
        listed.push(...Buckets);
        accountCanonicalId = Owner?.ID ?? accountCanonicalId;
      }
    });
    if (!complete) return;
    await readEach(listed, async ({ Name: name, BucketRegion }) => {
      const region = BucketRegion ?? (await locateBucket(context, name));
      if (region === undefined || !context.account.regions.includes(region)) return;
      const arn = `arn:${context.account.partition}:s3:::${name}`;
      const tags = await readTags(context.inRegion(region), name, arn);
      context.resources.add({ arn, id: name, name, region, tags, accountCanonicalId });
    });
  },
});

/**
 * A bucket's tags, read in its region (where a failure is counted); unreadable tags are recorded as
 * a failure but decide no verdict, so they read as none.
 */
async function readTags(inBucketRegion: LoadContext<ListedBucket>, name: string, arn: string): Promise<Record<string, string>> {
  const client = inBucketRegion.client(S3Client);
  let tags: Record<string, string> = {};
  await inBucketRegion.read('GetBucketTagging', async () => {
    const response = await unlessAbsent(client.send(new GetBucketTaggingCommand({ Bucket: name })), 'NoSuchTagSet');
    tags = tagRecord(parse(TagSetSchema, response?.TagSet, 'bucket tags'));
  }, arn);
  return tags;
}

/**
 * The bucket's region when ListBuckets did not name it, as emulators such as moto do not; on AWS
 * a paged ListBuckets always does, so this costs nothing there. A bucket that cannot be placed is
 * missing from the listing, so its failure makes the listing incomplete.
 */
async function locateBucket(context: LoadContext<ListedBucket>, name: string): Promise<string | undefined> {
  let location: string | undefined;
  await context.read('GetBucketLocation', async () => {
    const response = await context.client(S3Client).send(new GetBucketLocationCommand({ Bucket: name }));
    location = regionOfBucketLocation(parse(LocationSchema, response, 'bucket location').LocationConstraint);
  });
  return location;
}

/**
 * The listed buckets, for a collection built on the listing: a listing that failed (or a bucket
 * that could not be placed) is recorded here too, so no check takes the buckets found for all.
 */
function listedBuckets<T extends AwsResource>(context: LoadContext<T>, listing: ResourceMap<ListedBucket>): ListedBucket[] {
  for (const { region, operation, message } of listing.listingFailures()) context.resources.fail({ region, operation, message });
  return listing.found();
}

/**
 * One configuration of every listed bucket, each read in the bucket's own region by a call of its
 * own: a collection per configuration, so a scan makes only the calls its checks need.
 */
function bucketConfiguration<Key extends string, Value>(
  name: string,
  key: Key,
  operation: string,
  read: (client: S3Client, bucket: ListedBucket, config: LoadContext<BucketWith<Key, Value>>['config']) => Promise<Value>,
): Collection<BucketWith<Key, Value>> {
  return defineCollection<BucketWith<Key, Value>, { bucketList: typeof bucketList }>({
    service: 's3',
    name,
    scope: 'global',
    needs: { bucketList },
    async load(context, dependencies) {
      await readEach(listedBuckets(context, dependencies.bucketList), async (bucket) => {
        // In the bucket's region, so a failed read is counted where the bucket is, not in the global region.
        const inBucketRegion = context.inRegion(bucket.region);
        const client = inBucketRegion.client(S3Client);
        const value = await inBucketRegion.field(operation, bucket.arn, () => read(client, bucket, context.config));
        context.resources.add({ ...bucket, [key]: value } as BucketWith<Key, Value>);
      });
    },
  });
}

const bucketVersioning = bucketConfiguration('bucketVersioning', 'versioning', 'GetBucketVersioning', async (client, bucket): Promise<BucketVersioning> => {
  const response = parse(VersioningSchema, await client.send(new GetBucketVersioningCommand({ Bucket: bucket.name })), 'bucket versioning');
  return { enabled: response.Status === 'Enabled', mfaDelete: response.MFADelete === 'Enabled' };
});

const bucketLogging = bucketConfiguration('bucketLogging', 'logging', 'GetBucketLogging', async (client, bucket): Promise<BucketLogging | null> => {
  const { LoggingEnabled } = parse(LoggingSchema, await client.send(new GetBucketLoggingCommand({ Bucket: bucket.name })), 'bucket logging');
  return LoggingEnabled ? { targetBucket: LoggingEnabled.TargetBucket, targetPrefix: LoggingEnabled.TargetPrefix } : null;
});

const bucketPolicies = bucketConfiguration('bucketPolicies', 'policy', 'GetBucketPolicy', async (client, bucket): Promise<PolicyDocument | null> => {
  const response = await unlessAbsent(client.send(new GetBucketPolicyCommand({ Bucket: bucket.name })), 'NoSuchBucketPolicy');
  return response?.Policy ? parsePolicyDocument(response.Policy) : null;
});

const bucketAcls = bucketConfiguration('bucketAcls', 'acl', 'GetBucketAcl', async (client, bucket): Promise<BucketAcl> => {
  const acl = parse(AclSchema, await client.send(new GetBucketAclCommand({ Bucket: bucket.name })), 'bucket ACL');
  return { ownerId: acl.Owner?.ID, grants: aclGrants(acl.Grants) };
});

const bucketPublicAccessBlocks = bucketConfiguration(
  'bucketPublicAccessBlocks',
  'publicAccessBlock',
  'GetPublicAccessBlock',
  async (client, bucket): Promise<PublicAccessBlock | null> => {
    const response = await unlessAbsent(client.send(new GetPublicAccessBlockCommand({ Bucket: bucket.name })), 'NoSuchPublicAccessBlockConfiguration');
    return response && parse(PublicAccessBlockSchema, response.PublicAccessBlockConfiguration, 'bucket public access block');
  },
);

const bucketEncryption = bucketConfiguration('bucketEncryption', 'encryption', 'GetBucketEncryption', async (client, bucket): Promise<string | null> => {
  const response = await unlessAbsent(client.send(new GetBucketEncryptionCommand({ Bucket: bucket.name })), 'ServerSideEncryptionConfigurationNotFoundError');
  const rules = response && parse(EncryptionSchema, response.ServerSideEncryptionConfiguration, 'bucket encryption').Rules;
  return rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? null;
});

const bucketOwnership = bucketConfiguration('bucketOwnership', 'ownership', 'GetBucketOwnershipControls', async (client, bucket): Promise<string | null> => {
  const response = await unlessAbsent(client.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket.name })), 'OwnershipControlsNotFoundError');
  const rules = response && parse(OwnershipSchema, response.OwnershipControls, 'bucket ownership controls').Rules;
  return rules?.[0]?.ObjectOwnership ?? null;
});

/** As Prowler, any Object Lock configuration AWS returns counts as Object Lock enabled. */
const bucketObjectLock = bucketConfiguration('bucketObjectLock', 'objectLock', 'GetObjectLockConfiguration', async (client, bucket): Promise<boolean> => {
  const response = await unlessAbsent(client.send(new GetObjectLockConfigurationCommand({ Bucket: bucket.name })), 'ObjectLockConfigurationNotFoundError');
  return response !== null;
});

const bucketLifecycle = bucketConfiguration('bucketLifecycle', 'lifecycleRules', 'GetBucketLifecycleConfiguration', async (client, bucket): Promise<LifecycleRule[]> => {
  const response = await unlessAbsent(client.send(new GetBucketLifecycleConfigurationCommand({ Bucket: bucket.name })), 'NoSuchLifecycleConfiguration');
  return response ? parse(LifecycleSchema, response, 'bucket lifecycle').Rules.map(({ ID, Status }) => ({ id: ID, status: Status })) : [];
});

const bucketReplication = bucketConfiguration('bucketReplication', 'replicationRules', 'GetBucketReplication', async (client, bucket): Promise<ReplicationRule[]> => {
  const response = await unlessAbsent(client.send(new GetBucketReplicationCommand({ Bucket: bucket.name })), 'ReplicationConfigurationNotFoundError');
  const rules = response ? (parse(ReplicationSchema, response, 'bucket replication').ReplicationConfiguration?.Rules ?? []) : [];
  return rules.map(({ ID, Status, Destination }) => ({ id: ID, status: Status, destination: Destination.Bucket }));
});

/** Whether any notification (SNS, SQS, Lambda or EventBridge) is configured. */
const bucketNotifications = bucketConfiguration('bucketNotifications', 'notifies', 'GetBucketNotificationConfiguration', async (client, bucket): Promise<boolean> => {
  const response = parse(NotificationSchema, await client.send(new GetBucketNotificationConfigurationCommand({ Bucket: bucket.name })), 'bucket notifications');
  const { TopicConfigurations, QueueConfigurations, LambdaFunctionConfigurations, EventBridgeConfiguration } = response;
  return [TopicConfigurations, QueueConfigurations, LambdaFunctionConfigurations].some((configurations) => (configurations?.length ?? 0) > 0) || EventBridgeConfiguration !== undefined;
});

/** A configured count, or Prowler's default when it is not a positive integer. */
function positiveOr(value: number, fallback: number): number {
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Evenly spaced keys, so that repeated scans sample the same objects. */
function sampleKeys(keys: string[], sampleSize: number): string[] {
  if (keys.length <= sampleSize) return keys;
  const step = Math.floor(keys.length / sampleSize);
  return Array.from({ length: sampleSize }, (_, index) => keys[index * step] ?? '');
}

/**
 * A refusal AWS answered (AccessDenied, NoSuchBucket) is what Prowler reports for review; anything
 * else (the network, an unparsable answer) leaves the sample unread.
 */
function isAwsAnswer(error: unknown): error is Error & { $metadata: object } {
  return error instanceof Error && '$metadata' in error;
}

/**
 * Object ACLs, spot-checked: one ListObjectsV2 and a GetObjectAcl per sampled object of every
 * bucket. Costly, so Prowler reads them only when `s3_bucket_object_public_enabled` is set; so do we.
 */
const bucketObjectSamples = bucketConfiguration('bucketObjectSamples', 'objectSample', 'ListObjectsV2', async (client, bucket, config): Promise<ObjectSample | null> => {
  if (!config.s3_bucket_object_public_enabled) return null;
  const maxObjects = positiveOr(config.s3_bucket_object_public_max_objects, 100);
  const sampleSize = positiveOr(config.s3_bucket_object_public_sample_size, 3);
  try {
    const listed = parse(ObjectListSchema, await client.send(new ListObjectsV2Command({ Bucket: bucket.name, MaxKeys: maxObjects })), 'object list');
    if (listed.Contents.length === 0) return { outcome: 'empty' };
    const objects: SampledObject[] = [];
    for (const key of sampleKeys(listed.Contents.map(({ Key }) => Key), sampleSize)) {
      const acl = parse(AclSchema, await client.send(new GetObjectAclCommand({ Bucket: bucket.name, Key: key })), 'object ACL');
      objects.push({ key, grants: aclGrants(acl.Grants) });
    }
    return { outcome: 'sampled', objects };
  } catch (error) {
    if (!isAwsAnswer(error)) throw error;
    return { outcome: 'refused', errorCode: error.name, message: error.message };
  }
});

/** Every listed bucket's configurations, as the first S3 checks read them, composed of one collection per configuration. */
const buckets = defineCollection<
  S3Bucket,
  {
    bucketList: typeof bucketList;
    bucketVersioning: typeof bucketVersioning;
    bucketLogging: typeof bucketLogging;
    bucketPolicies: typeof bucketPolicies;
    bucketAcls: typeof bucketAcls;
    bucketPublicAccessBlocks: typeof bucketPublicAccessBlocks;
    bucketEncryption: typeof bucketEncryption;
    bucketOwnership: typeof bucketOwnership;
  }
>({
  service: 's3',
  name: 'buckets',
  scope: 'global',
  needs: { bucketList, bucketVersioning, bucketLogging, bucketPolicies, bucketAcls, bucketPublicAccessBlocks, bucketEncryption, bucketOwnership },
  // Composing needs no call of its own: every configuration was read by the collections above.
  load(context, dependencies) {
    for (const bucket of listedBuckets(context, dependencies.bucketList)) {
      const { versioning } = bucketIn(dependencies.bucketVersioning, bucket);
      const { acl } = bucketIn(dependencies.bucketAcls, bucket);
      context.resources.add({
        arn: bucket.arn,
        id: bucket.id,
        name: bucket.name,
        region: bucket.region,
        tags: bucket.tags,
        aclGrants: mapField(acl, ({ grants }) => grants),
        ownerId: mapField(acl, ({ ownerId }) => ownerId),
        policy: bucketIn(dependencies.bucketPolicies, bucket).policy,
        publicAccessBlock: bucketIn(dependencies.bucketPublicAccessBlocks, bucket).publicAccessBlock,
        encryption: bucketIn(dependencies.bucketEncryption, bucket).encryption,
        versioning: mapField(versioning, ({ enabled }) => enabled),
        mfaDelete: mapField(versioning, ({ mfaDelete }) => mfaDelete),
        logging: bucketIn(dependencies.bucketLogging, bucket).logging,
        ownership: bucketIn(dependencies.bucketOwnership, bucket).ownership,
      });
    }
    return Promise.resolve();
  },
});

/** The account-wide public access block, from S3 Control. */
const accountPublicAccessBlock = defineCollection<AccountPublicAccessBlock>({
  service: 's3',
  name: 'accountPublicAccessBlock',
  scope: 'global',
  async load(context) {
    const client = context.client(S3ControlClient);
    await context.read('GetPublicAccessBlock', async () => {
      const response = await unlessAbsent(
        client.send(new GetAccountPublicAccessBlockCommand({ AccountId: context.account.id })),
        'NoSuchPublicAccessBlockConfiguration',
      );
      context.resources.add({
        // Prowler names the account's setting after the region S3 Control was asked in.
        arn: context.arn('s3', 'account'),
        id: context.account.id,
        region: context.region,
        tags: {},
        settings: response && parse(PublicAccessBlockSchema, response.PublicAccessBlockConfiguration, 'account public access block'),
      });
    });
  },
});

/**
 * Whether each predictable service bucket name of each scanned region exists, asked with one
 * HeadBucket per name (only the shadow-resource check needs these). Names the account's own
 * listed buckets already answer are not asked.
 */
const shadowBucketCandidates = defineCollection<ShadowBucketCandidate, { bucketList: typeof bucketList }>({
  service: 's3',
  name: 'shadowBucketCandidates',
  scope: 'global',
  needs: { bucketList },
  async load(context, dependencies) {
    const { id: account, partition, regions } = context.account;
    const client = context.client(S3Client);
    const answered = new Set(
      listedBuckets(context, dependencies.bucketList)
        .filter((bucket) => predictableServiceOf(bucket.name, bucket.region, account) !== undefined)
        .map((bucket) => bucket.name),
    );
    const candidates = regions.flatMap((region) =>
      Object.entries(predictableBucketNames(account)).map(([service, pattern]) => ({ service, region, name: pattern.replace('<region>', region) })),
    );
    const unanswered = candidates.filter(({ name }) => !answered.has(name));
    await readEach(unanswered, async ({ service, region, name }) => {
      const arn = `arn:${partition}:s3:::${name}`;
      const exists = await context.field('HeadBucket', arn, () => bucketExists(client, name));
      context.resources.add({ arn, id: name, name, region, tags: {}, service, exists });
    });
  },
});

/**
 * Not Found means no one holds the name; any other answer from S3 (Forbidden, a redirect to the
 * bucket's region) means someone does, as Prowler reads it.
 */
async function bucketExists(client: S3Client, name: string): Promise<boolean> {
  try {
    await client.send(new HeadBucketCommand({ Bucket: name }));
    return true;
  } catch (error) {
    if (isAwsAnswer(error) && error.name === 'NotFound') return false;
    const status = isAwsAnswer(error) ? (error.$metadata as { httpStatusCode?: number }).httpStatusCode : undefined;
    if (status !== undefined && status >= 300 && status < 500) return true;
    throw error;
  }
}

export default {
  bucketList,
  buckets,
  bucketVersioning,
  bucketLogging,
  bucketPolicies,
  bucketAcls,
  bucketPublicAccessBlocks,
  bucketEncryption,
  bucketOwnership,
  bucketObjectLock,
  bucketLifecycle,
  bucketReplication,
  bucketNotifications,
  bucketObjectSamples,
  accountPublicAccessBlock,
  accessPoints,
  multiRegionAccessPoints,
  shadowBucketCandidates,
};
