import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListResourceTagsCommand,
  paginateListAliases,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import { z } from 'zod';
import { perListedResource, readEach } from '../listing.js';
import { defineCollection, parse, type LoadContext } from '../collection.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import { known, type AwsResource, type Field } from '../resource-map.js';

export interface KmsKey extends AwsResource {
  state: string;
  /** CUSTOMER or AWS. */
  manager: string;
  /** AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  origin: string;
  spec: string;
  /** Whether it is a multi-Region key (a primary or a replica). */
  multiRegion: boolean;
  /** Its description; empty when it has none. */
  description: string;
  /**
   * Read only for customer-managed keys with AWS-generated material: AWS-managed keys rotate on
   * AWS's schedule and imported material cannot rotate, so for those it is false.
   */
  rotationEnabled: Field<boolean>;
}

const KeyMetadataSchema = z.object({
  KeyId: z.string(),
  Arn: z.string(),
  KeyState: z.string(),
  KeyManager: z.string(),
  Origin: z.string().default('AWS_KMS'),
  KeySpec: z.string().optional(),
  CustomerMasterKeySpec: z.string().optional(),
  Description: z.string().optional(),
  MultiRegion: z.boolean().default(false),
});

/** A customer managed key's key policy, read only for the checks that judge it. */
export interface KmsKeyPolicy extends AwsResource {
  document: Field<PolicyDocument>;
}

const KeyPolicySchema = z.object({ Policy: z.string() });

/** An alias of a key (or a predefined alias that points at none yet). */
export interface KmsAlias extends AwsResource {
  /** The key it points at; null for AWS's aliases of keys not created yet. */
  targetKeyId: string | null;
}

const AliasSchema = z.object({ AliasName: z.string(), AliasArn: z.string(), TargetKeyId: z.string().nullish() });

const RotationSchema = z.object({ KeyRotationEnabled: z.boolean() });

const TagsSchema = z.array(z.object({ TagKey: z.string(), TagValue: z.string() })).default([]);

const keys = defineCollection<KmsKey>({
  service: 'kms',
  name: 'keys',
  scope: 'regional',
  async load(context) {
    const client = context.client(KMSClient);
    const keyIds: string[] = [];
    const listed = await context.read('ListKeys', async () => {
      for await (const page of paginateListKeys({ client, pageSize: 1000 }, {})) {
        for (const key of page.Keys ?? []) if (key.KeyId) keyIds.push(key.KeyId);
      }
    });
    if (listed) await readEach(keyIds, (keyId) => loadKey(context, client, keyId));
  },
});

/**
 * One GetKeyPolicy per customer managed key (AWS-managed keys' policies are AWS's), in a
 * collection of its own so the checks that do not judge policies never pay for these calls.
 */
const keyPolicies = perListedResource<KmsKeyPolicy, KmsKey>({
  service: 'kms',
  name: 'keyPolicies',
  scope: 'regional',
  listed: keys,
  operation: 'ListKeys',
  selects: (key) => key.manager === 'CUSTOMER',
  async read(context, key) {
    const document = await context.field('GetKeyPolicy', key.arn, async () => {
      const response = await context.client(KMSClient).send(new GetKeyPolicyCommand({ KeyId: key.id, PolicyName: 'default' }));
      return parsePolicyDocument(parse(KeyPolicySchema, response, 'KMS key policy').Policy);
    });
    return { arn: key.arn, id: key.id, region: key.region, tags: key.tags, document };
  },
});

/** Every alias of the region, from one paginated listing: the enclave checks recognise keys by their aliases. */
const keyAliases = defineCollection<KmsAlias>({
  service: 'kms',
  name: 'keyAliases',
  scope: 'regional',
  async load(context) {
    const pages = paginateListAliases({ client: context.client(KMSClient), pageSize: 100 }, {});
    for (const alias of await context.items('ListAliases', pages, (page) => page.Aliases, AliasSchema, 'KMS alias')) {
      context.resources.add({ arn: alias.AliasArn, id: alias.AliasName, name: alias.AliasName, region: context.region, tags: {}, targetKeyId: alias.TargetKeyId ?? null });
    }
  },
});

export default { keys, keyPolicies, keyAliases };

/** A key that cannot be described is missing from the listing, so its failure makes the listing incomplete. */
async function loadKey(context: LoadContext<KmsKey>, client: KMSClient, keyId: string): Promise<void> {
  let metadata: z.infer<typeof KeyMetadataSchema> | undefined;
  await context.read('DescribeKey', async () => {
    const response = await client.send(new DescribeKeyCommand({ KeyId: keyId }));
    metadata = parse(KeyMetadataSchema, response.KeyMetadata, 'KMS key metadata');
  });
  if (!metadata) return;
  const { Arn: arn } = metadata;
  const rotates = metadata.KeyManager === 'CUSTOMER' && metadata.Origin !== 'EXTERNAL';
  let tags: Record<string, string> = {};
  const [rotationEnabled] = await Promise.all([
    rotates
      ? context.field('GetKeyRotationStatus', arn, async () => {
          const response = await client.send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
          return parse(RotationSchema, response, 'key rotation status').KeyRotationEnabled;
        })
      : known(false),
    // Tags decide no verdict: a failed read is recorded and leaves none.
    metadata.KeyManager === 'CUSTOMER' &&
      context.read('ListResourceTags', async () => {
        const response = await client.send(new ListResourceTagsCommand({ KeyId: keyId }));
        tags = Object.fromEntries(parse(TagsSchema, response.Tags, 'KMS key tags').map((t) => [t.TagKey, t.TagValue]));
      }, arn),
  ]);
  context.resources.add({
    arn,
    id: metadata.KeyId,
    region: context.region,
    tags,
    state: metadata.KeyState,
    manager: metadata.KeyManager,
    origin: metadata.Origin,
    spec: metadata.KeySpec ?? metadata.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT',
    multiRegion: metadata.MultiRegion,
    description: metadata.Description ?? '',
    rotationEnabled,
  });
}
