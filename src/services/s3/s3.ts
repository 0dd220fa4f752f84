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
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource } from '../resource-map.js';
import { AwsService, isNotFound, parse, tagRecord } from '../service.js';

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
 * A bucket; `id` and `name` are the bucket name, `region` its own region. For every optional
 * attribute, `undefined` means it could not be read and `null` that the bucket has none.
 */
export interface S3Bucket extends AwsResource {
  aclGrants?: AclGrant[];
  /** Canonical ID of the bucket owner, from its ACL. */
  ownerId?: string;
  policy?: PolicyDocument | null;
  publicAccessBlock?: PublicAccessBlock | null;
  /** Default server-side encryption algorithm: AES256, aws:kms or aws:kms:dsse. */
  encryption?: string | null;
  /** Versioning is Enabled (not merely Suspended, nor never turned on). */
  versioning?: boolean;
  mfaDelete?: boolean;
  /** Where server access logs go. */
  logging?: BucketLogging | null;
  /** Object Ownership: BucketOwnerEnforced (ACLs disabled), BucketOwnerPreferred or ObjectWriter. */
  ownership?: string | null;
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
 * S3 buckets are listed once for the account, each read in its own region, and only those in the
 * scanned regions are kept. The account's public access block comes from S3 Control.
 */
export class S3Service extends AwsService {
  readonly name = 's3';
  readonly buckets = this.resources<S3Bucket>('buckets');
  readonly accountPublicAccessBlock = this.resources<AccountPublicAccessBlock>('account public access block');

  async load(): Promise<void> {
    await Promise.all([this.loadBuckets(), this.loadAccountPublicAccessBlock()]);
  }

  private async loadBuckets(): Promise<void> {
    const region = this.account.globalRegion;
    const client = this.client(S3Client, region);
    const listed: z.infer<typeof ListedBucketsSchema> = [];
    const complete = await this.read(this.buckets, region, 'ListBuckets', async () => {
      for await (const page of paginateListBuckets({ client, pageSize: LIST_BUCKETS_PAGE_SIZE }, {})) {
        listed.push(...parse(ListedBucketsSchema, page.Buckets, 'bucket list'));
      }
    });
    if (!complete) return;
    await Promise.all(listed.map(({ Name, BucketRegion }) => this.loadBucket(Name, BucketRegion)));
  }

  private async loadBucket(name: string, listedRegion: string | undefined): Promise<void> {
    const arn = `arn:${this.account.partition}:s3:::${name}`;
    const region = listedRegion ?? (await this.locateBucket(name, arn));
    if (region === undefined || !this.account.regions.includes(region)) return;
    const bucket: S3Bucket = { arn, id: name, name, region, tags: {} };
    this.buckets.add(bucket);
    const client = this.client(S3Client, region);
    const request = { Bucket: name };
    const readBucket = (operation: string, work: () => Promise<void>) => this.read(this.buckets, region, operation, work, arn);
    await Promise.all([
      readBucket('GetBucketVersioning', async () => {
        const versioning = parse(VersioningSchema, await client.send(new GetBucketVersioningCommand(request)), 'bucket versioning');
        bucket.versioning = versioning.Status === 'Enabled';
        bucket.mfaDelete = versioning.MFADelete === 'Enabled';
      }),
      readBucket('GetBucketLogging', async () => {
        const { LoggingEnabled } = parse(LoggingSchema, await client.send(new GetBucketLoggingCommand(request)), 'bucket logging');
        bucket.logging = LoggingEnabled ? { targetBucket: LoggingEnabled.TargetBucket, targetPrefix: LoggingEnabled.TargetPrefix } : null;
      }),
      readBucket('GetBucketPolicy', async () => {
        const response = await unlessAbsent(client.send(new GetBucketPolicyCommand(request)), 'NoSuchBucketPolicy');
        bucket.policy = response?.Policy ? parsePolicyDocument(response.Policy) : null;
      }),
      readBucket('GetBucketAcl', async () => {
        const acl = parse(AclSchema, await client.send(new GetBucketAclCommand(request)), 'bucket ACL');
        bucket.ownerId = acl.Owner?.ID;
        bucket.aclGrants = acl.Grants.map(({ Grantee, Permission }) => ({
          granteeType: Grantee.Type,
          uri: Grantee.URI,
          canonicalId: Grantee.ID,
          permission: Permission,
        }));
      }),
      readBucket('GetPublicAccessBlock', async () => {
        const response = await unlessAbsent(client.send(new GetPublicAccessBlockCommand(request)), 'NoSuchPublicAccessBlockConfiguration');
        bucket.publicAccessBlock = response && parse(PublicAccessBlockSchema, response.PublicAccessBlockConfiguration, 'bucket public access block');
      }),
      readBucket('GetBucketEncryption', async () => {
        const response = await unlessAbsent(
          client.send(new GetBucketEncryptionCommand(request)),
          'ServerSideEncryptionConfigurationNotFoundError',
        );
        const rules = response && parse(EncryptionSchema, response.ServerSideEncryptionConfiguration, 'bucket encryption').Rules;
        bucket.encryption = rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? null;
      }),
      readBucket('GetBucketOwnershipControls', async () => {
        const response = await unlessAbsent(
          client.send(new GetBucketOwnershipControlsCommand(request)),
          'OwnershipControlsNotFoundError',
        );
        const rules = response && parse(OwnershipSchema, response.OwnershipControls, 'bucket ownership controls').Rules;
        bucket.ownership = rules?.[0]?.ObjectOwnership ?? null;
      }),
      readBucket('GetBucketTagging', async () => {
        const response = await unlessAbsent(client.send(new GetBucketTaggingCommand(request)), 'NoSuchTagSet');
        bucket.tags = tagRecord(parse(TagSetSchema, response?.TagSet, 'bucket tags'));
      }),
    ]);
  }

  /**
   * The bucket's region when ListBuckets did not name it, as emulators such as moto do not; on AWS
   * a paged ListBuckets always does, so this costs nothing there.
   */
  private async locateBucket(name: string, arn: string): Promise<string | undefined> {
    const region = this.account.globalRegion;
    let location: string | undefined;
    await this.read(
      this.buckets,
      region,
      'GetBucketLocation',
      async () => {
        const response = await this.client(S3Client, region).send(new GetBucketLocationCommand({ Bucket: name }));
        location = regionOfBucketLocation(parse(LocationSchema, response, 'bucket location').LocationConstraint);
      },
      arn,
    );
    return location;
  }

  private async loadAccountPublicAccessBlock(): Promise<void> {
    const region = this.account.globalRegion;
    const client = this.client(S3ControlClient, region);
    await this.read(this.accountPublicAccessBlock, region, 'GetPublicAccessBlock', async () => {
      const response = await unlessAbsent(
        client.send(new GetAccountPublicAccessBlockCommand({ AccountId: this.account.id })),
        'NoSuchPublicAccessBlockConfiguration',
      );
      this.accountPublicAccessBlock.add({
        // Prowler names the account's setting after the region S3 Control was asked in.
        arn: this.arn('s3', region, 'account'),
        id: this.account.id,
        region,
        tags: {},
        settings: response && parse(PublicAccessBlockSchema, response.PublicAccessBlockConfiguration, 'account public access block'),
      });
    });
  }
}

/** The response, or null when AWS answers that the bucket or account has no such configuration. */
async function unlessAbsent<T>(request: Promise<T>, ...absentErrors: string[]): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (isNotFound(error, ...absentErrors)) return null;
    throw error;
  }
}
