import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  S3Client,
  paginateListBuckets,
} from '@aws-sdk/client-s3';
import { GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand, S3ControlClient } from '@aws-sdk/client-s3-control';
import { z } from 'zod';
import { regionOfBucketLocation } from '../../provider/arn.js';
import { defineCollection, parse, tagRecord, unlessAbsent, type LoadContext } from '../collection.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { mapField, type AwsResource, type Field } from '../resource-map.js';

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
 * A bucket; `id` and `name` are the bucket name, `region` its own region. Each configuration is
 * read by a call of its own; null means the bucket has none.
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

/** ListBuckets returns at most this many per page, and only with a page size does it name each bucket's region. */
const LIST_BUCKETS_PAGE_SIZE = 10_000;

const ListedBucketsSchema = z
  .array(z.object({ Name: z.string(), BucketRegion: z.string().optional() }))
  .default([]);

const LocationSchema = z.object({ LocationConstraint: z.string().nullish() });

const VersioningSchema = z.object({ Status: z.string().optional(), MFADelete: z.string().optional() });

const LoggingSchema = z.object({
  LoggingEnabled: z.object({ TargetBucket: z.string(), TargetPrefix: z.string().default('') }).optional(),
});

const AclSchema = z.object({
  Owner: z.object({ ID: z.string().optional() }).optional(),
  Grants: z
    .array(
      z.object({
        Grantee: z.object({ Type: z.string(), URI: z.string().optional(), ID: z.string().optional() }),
        Permission: z.string(),
      }),
    )
    .default([]),
});

const PublicAccessBlockSchema = z
  .object({
    BlockPublicAcls: z.boolean().default(false),
    IgnorePublicAcls: z.boolean().default(false),
    BlockPublicPolicy: z.boolean().default(false),
    RestrictPublicBuckets: z.boolean().default(false),
  })
  .transform(
    (block): PublicAccessBlock => ({
      blockPublicAcls: block.BlockPublicAcls,
      ignorePublicAcls: block.IgnorePublicAcls,
      blockPublicPolicy: block.BlockPublicPolicy,
      restrictPublicBuckets: block.RestrictPublicBuckets,
    }),
  );

const EncryptionSchema = z.object({
  Rules: z.array(z.object({ ApplyServerSideEncryptionByDefault: z.object({ SSEAlgorithm: z.string() }).optional() })),
});

const OwnershipSchema = z.object({ Rules: z.array(z.object({ ObjectOwnership: z.string() })) });

const TagSetSchema = z.array(z.object({ Key: z.string(), Value: z.string() })).default([]);


/**
 * Buckets are listed once for the account and each is read in its own region; only those in the
 * scanned regions are kept.
 */
const buckets = defineCollection<S3Bucket>({
  service: 's3',
  name: 'buckets',
  scope: 'global',
  async load(context) {
    const client = context.client(S3Client);
    const listed: z.infer<typeof ListedBucketsSchema> = [];
    const complete = await context.read('ListBuckets', async () => {
      for await (const page of paginateListBuckets({ client, pageSize: LIST_BUCKETS_PAGE_SIZE }, {})) {
        listed.push(...parse(ListedBucketsSchema, page.Buckets, 'bucket list'));
      }
    });
    if (!complete) return;
    await Promise.all(listed.map(({ Name, BucketRegion }) => loadBucket(context, Name, BucketRegion)));
  },
});

async function loadBucket(context: LoadContext<S3Bucket>, name: string, listedRegion: string | undefined): Promise<void> {
  const arn = `arn:${context.account.partition}:s3:::${name}`;
  const region = listedRegion ?? (await locateBucket(context, name));
  if (region === undefined || !context.account.regions.includes(region)) return;
  const client = context.client(S3Client, region);
  const request = { Bucket: name };
  const field = <V>(operation: string, read: () => Promise<V>) => context.field(operation, arn, read);
  const [versioning, logging, policy, acl, publicAccessBlock, encryption, ownership, tags] = await Promise.all([
    field('GetBucketVersioning', async () => {
      const response = parse(VersioningSchema, await client.send(new GetBucketVersioningCommand(request)), 'bucket versioning');
      return { enabled: response.Status === 'Enabled', mfaDelete: response.MFADelete === 'Enabled' };
    }),
    field('GetBucketLogging', async () => {
      const { LoggingEnabled } = parse(LoggingSchema, await client.send(new GetBucketLoggingCommand(request)), 'bucket logging');
      return LoggingEnabled ? { targetBucket: LoggingEnabled.TargetBucket, targetPrefix: LoggingEnabled.TargetPrefix } : null;
    }),
    field('GetBucketPolicy', async () => {
      const response = await unlessAbsent(client.send(new GetBucketPolicyCommand(request)), 'NoSuchBucketPolicy');
      return response?.Policy ? parsePolicyDocument(response.Policy) : null;
    }),
    field('GetBucketAcl', async () => {
      const acl = parse(AclSchema, await client.send(new GetBucketAclCommand(request)), 'bucket ACL');
      const grants = acl.Grants.map(({ Grantee, Permission }) => ({
        granteeType: Grantee.Type,
        uri: Grantee.URI,
        canonicalId: Grantee.ID,
        permission: Permission,
      }));
      return { ownerId: acl.Owner?.ID, grants };
    }),
    field('GetPublicAccessBlock', async () => {
      const response = await unlessAbsent(client.send(new GetPublicAccessBlockCommand(request)), 'NoSuchPublicAccessBlockConfiguration');
      return response && parse(PublicAccessBlockSchema, response.PublicAccessBlockConfiguration, 'bucket public access block');
    }),
    field('GetBucketEncryption', async () => {
      const response = await unlessAbsent(client.send(new GetBucketEncryptionCommand(request)), 'ServerSideEncryptionConfigurationNotFoundError');
      const rules = response && parse(EncryptionSchema, response.ServerSideEncryptionConfiguration, 'bucket encryption').Rules;
      return rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? null;
    }),
    field('GetBucketOwnershipControls', async () => {
      const response = await unlessAbsent(client.send(new GetBucketOwnershipControlsCommand(request)), 'OwnershipControlsNotFoundError');
      const rules = response && parse(OwnershipSchema, response.OwnershipControls, 'bucket ownership controls').Rules;
      return rules?.[0]?.ObjectOwnership ?? null;
    }),
    readTags(context, client, name, arn),
  ]);
  context.resources.add({
    arn,
    id: name,
    name,
    region,
    tags,
    aclGrants: mapField(acl, ({ grants }) => grants),
    ownerId: mapField(acl, ({ ownerId }) => ownerId),
    policy,
    publicAccessBlock,
    encryption,
    versioning: mapField(versioning, ({ enabled }) => enabled),
    mfaDelete: mapField(versioning, ({ mfaDelete }) => mfaDelete),
    logging,
    ownership,
  });
}

/** A bucket's tags; unreadable tags are recorded as a failure but decide no verdict, so they read as none. */
async function readTags(context: LoadContext<S3Bucket>, client: S3Client, name: string, arn: string): Promise<Record<string, string>> {
  let tags: Record<string, string> = {};
  await context.read('GetBucketTagging', async () => {
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
async function locateBucket(context: LoadContext<S3Bucket>, name: string): Promise<string | undefined> {
  let location: string | undefined;
  await context.read('GetBucketLocation', async () => {
    const response = await context.client(S3Client).send(new GetBucketLocationCommand({ Bucket: name }));
    location = regionOfBucketLocation(parse(LocationSchema, response, 'bucket location').LocationConstraint);
  });
  return location;
}

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

export default { buckets, accountPublicAccessBlock };
