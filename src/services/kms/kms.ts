import {
  DescribeKeyCommand,
  GetKeyRotationStatusCommand,
  KMSClient,
  ListResourceTagsCommand,
  paginateListKeys,
} from '@aws-sdk/client-kms';
import { z } from 'zod';
import type { AwsResource } from '../resource-map.js';
import { RegionalService, parse } from '../service.js';

export interface KmsKey extends AwsResource {
  state: string;
  /** CUSTOMER or AWS. */
  manager: string;
  /** AWS_KMS, EXTERNAL, AWS_CLOUDHSM, EXTERNAL_KEY_STORE. */
  origin: string;
  spec: string;
  /** Read only for customer-managed keys with AWS-generated material; undefined when unread. */
  rotationEnabled?: boolean;
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

export class KmsService extends RegionalService {
  readonly name = 'kms';
  readonly keys = this.resources<KmsKey>('keys');

  protected async loadRegion(region: string): Promise<void> {
    const client = this.client(KMSClient, region);
    const keyIds: string[] = [];
    const listed = await this.read(this.keys, region, 'ListKeys', async () => {
      for await (const page of paginateListKeys({ client, pageSize: 1000 }, {})) {
        for (const key of page.Keys ?? []) if (key.KeyId) keyIds.push(key.KeyId);
      }
    });
    if (!listed) return;
    await Promise.all(keyIds.map((keyId) => this.loadKey(client, region, keyId)));
  }

  private async loadKey(client: KMSClient, region: string, keyId: string): Promise<void> {
    const keyArn = this.arn('kms', region, `key/${keyId}`);
    let key: KmsKey | undefined;
    await this.read(
      this.keys,
      region,
      'DescribeKey',
      async () => {
        const response = await client.send(new DescribeKeyCommand({ KeyId: keyId }));
        const metadata = parse(KeyMetadataSchema, response.KeyMetadata, 'KMS key metadata');
        key = {
          arn: metadata.Arn,
          id: metadata.KeyId,
          region,
          tags: {},
          state: metadata.KeyState,
          manager: metadata.KeyManager,
          origin: metadata.Origin,
          spec: metadata.KeySpec ?? metadata.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT',
        };
      },
      keyArn,
    );
    if (!key) return;
    const loaded = key;
    this.keys.add(loaded);
    // AWS-managed keys rotate on AWS's schedule, and imported material cannot rotate: neither
    // answers GetKeyRotationStatus meaningfully.
    if (loaded.manager !== 'CUSTOMER') return;
    await Promise.all([
      loaded.origin === 'EXTERNAL'
        ? undefined
        : this.read(this.keys, region, 'GetKeyRotationStatus', async () => {
            const response = await client.send(new GetKeyRotationStatusCommand({ KeyId: keyId }));
            loaded.rotationEnabled = parse(RotationSchema, response, 'key rotation status').KeyRotationEnabled;
          }, loaded.arn),
      this.read(this.keys, region, 'ListResourceTags', async () => {
        const response = await client.send(new ListResourceTagsCommand({ KeyId: keyId }));
        const tags = parse(TagsSchema, response.Tags, 'KMS key tags');
        loaded.tags = Object.fromEntries(tags.map((t) => [t.TagKey, t.TagValue]));
      }, loaded.arn),
    ]);
  }
}
