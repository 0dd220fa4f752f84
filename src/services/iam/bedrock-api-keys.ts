import { IAMClient, ListServiceSpecificCredentialsCommand } from '@aws-sdk/client-iam';
import { z } from 'zod';
import { defineCollection } from '../collection.js';
import { tokenPages } from '../listing.js';
import type { AwsResource } from '../resource-map.js';

/**
 * A long-term Amazon Bedrock API key: an IAM service-specific credential for Bedrock. IAM gives it
 * no ARN; it is reported, as Prowler reports it, under
 * `arn:…:iam:<global region>:<account>:user/<user name>/credential/<credential ID>`.
 */
export interface BedrockApiKey extends AwsResource {
  /** The IAM user the key belongs to (names are unique in an account). */
  userName: string;
  /** Active, Inactive or Expired. */
  status: string;
  /** When the key stops working; null when IAM gives no date. */
  expiresAt: Date | null;
  /** When the key was listed: the "now" its expiry is judged against. */
  readAt: Date;
}

const BEDROCK_SERVICE = 'bedrock.amazonaws.com';

const CredentialSchema = z.object({
  UserName: z.string(),
  ServiceSpecificCredentialId: z.string(),
  ServiceName: z.string(),
  Status: z.string(),
  ExpirationDate: z.date().nullish(),
});

/**
 * Every user's Bedrock API keys in one paginated call (AllUsers with a service filter), instead of
 * Prowler's call per user.
 */
const bedrockApiKeys = defineCollection<BedrockApiKey>({
  service: 'iam',
  name: 'bedrockApiKeys',
  scope: 'global',
  async load(context) {
    const client = context.client(IAMClient);
    const pages = tokenPages(
      (marker) => client.send(new ListServiceSpecificCredentialsCommand({ AllUsers: true, ServiceName: BEDROCK_SERVICE, MaxItems: 1000, Marker: marker })),
      (page) => (page.IsTruncated ? page.Marker : undefined),
    );
    const credentials = await context.items('ListServiceSpecificCredentials', pages, (page) => page.ServiceSpecificCredentials, CredentialSchema, 'service-specific credential');
    const readAt = new Date();
    // The filter is asked of IAM and applied again, so that an endpoint ignoring it cannot slip in other services' credentials.
    for (const credential of credentials.filter((candidate) => candidate.ServiceName === BEDROCK_SERVICE)) {
      const id = credential.ServiceSpecificCredentialId;
      context.resources.add({
        arn: context.arn('iam', `user/${credential.UserName}/credential/${id}`),
        id,
        region: context.region,
        tags: {},
        userName: credential.UserName,
        status: credential.Status,
        expiresAt: credential.ExpirationDate ?? null,
        readAt,
      });
    }
  },
});

export default { bedrockApiKeys };
