import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListResourceTagsCommand,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import { z } from 'zod';
import { defineCollection, parse, type LoadContext } from '../collection.js';
import { known, type AwsResource, type Field } from '../resource-map.js';

export interface KmsKey extends AwsResource {
  state: string;
  /** CUSTOMER or AWS. */
  manager: string;
  /** AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  origin: string;
  spec: string;
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
});

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
    if (listed) await Promise.all(keyIds.map((keyId) => loadKey(context, client, keyId)));
  },
});

export default { keys };

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
    rotationEnabled,
  });
}
