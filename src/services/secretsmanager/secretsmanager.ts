import { GetResourcePolicyCommand, SecretsManagerClient, paginateListSecrets } from '@aws-sdk/client-secrets-manager';
import { z } from 'zod';
import { defineCollection, parse, tagRecord, unlessAbsent } from '../collection.js';
import { perListedResource } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/** A Secrets Manager secret; `id` is its name, as Prowler reports it. */
export interface Secret extends AwsResource {
  name: string;
  rotationEnabled: boolean;
  /** null when the secret was never rotated. */
  lastRotatedDate: Date | null;
  /** The day it was last read (AWS keeps the date only); null when never read. */
  lastAccessedDate: Date | null;
}

/** A secret with its resource policy: null when it has none. */
export interface SecretWithPolicy extends Secret {
  policy: Field<PolicyDocument | null>;
}

/** ListSecrets pages hold at most 100 secrets. */
const SECRETS_PAGE_SIZE = 100;

const SecretSchema = z.object({
  ARN: z.string(),
  Name: z.string(),
  RotationEnabled: z.boolean().nullish(),
  LastRotatedDate: z.date().nullish(),
  LastAccessedDate: z.date().nullish(),
  Tags: z.array(z.object({ Key: z.string().optional(), Value: z.string().optional() })).nullish(),
});

const secrets = defineCollection<Secret>({
  service: 'secretsmanager',
  name: 'secrets',
  scope: 'regional',
  async load(context) {
    const pages = paginateListSecrets({ client: context.client(SecretsManagerClient), pageSize: SECRETS_PAGE_SIZE }, {});
    const listed = await context.items('ListSecrets', pages, (page) => page.SecretList, SecretSchema, 'secret');
    for (const secret of listed) {
      context.resources.add({
        arn: secret.ARN,
        id: secret.Name,
        name: secret.Name,
        region: context.region,
        tags: tagRecord(secret.Tags),
        rotationEnabled: secret.RotationEnabled ?? false,
        lastRotatedDate: secret.LastRotatedDate ?? null,
        lastAccessedDate: secret.LastAccessedDate ?? null,
      });
    }
  },
});

const ResourcePolicySchema = z.object({ ResourcePolicy: z.string().nullish() });

/**
 * Each secret's resource policy: one GetResourcePolicy call per secret, made only when a check
 * that judges policies runs. A secret deleted since it was listed has no policy to judge.
 */
const secretPolicies = perListedResource<SecretWithPolicy, Secret>({
  service: 'secretsmanager',
  name: 'secretPolicies',
  scope: 'regional',
  listed: secrets,
  operation: 'ListSecrets',
  async read(context, secret) {
    const policy = await context.field('GetResourcePolicy', secret.arn, async () => {
      const response = await unlessAbsent(context.client(SecretsManagerClient).send(new GetResourcePolicyCommand({ SecretId: secret.arn })), 'ResourceNotFoundException');
      const text = response && parse(ResourcePolicySchema, response, 'secret resource policy').ResourcePolicy;
      return text ? parsePolicyDocument(text) : null;
    });
    return { ...secret, policy };
  },
});

export default { secrets, secretPolicies };
