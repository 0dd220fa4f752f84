import { RolesAnywhereClient, paginateListProfiles, paginateListTrustAnchors } from '@aws-sdk/client-rolesanywhere';
import { z } from 'zod';
import type { SdkClient, SdkClientClass } from '../../provider/clients.js';
import { defineCollection, type LoadContext } from '../collection.js';
import { PolicyDocumentSchema, type PolicyDocument } from '../policy.js';
import type { AwsResource } from '../resource-map.js';

/** An IAM Roles Anywhere trust anchor; `id` is its trust anchor ID. */
export interface TrustAnchor extends AwsResource {
  name: string;
  enabled: boolean;
  /** AWS_ACM_PCA, CERTIFICATE_BUNDLE or SELF_SIGNED_REPOSITORY; empty when AWS gives none. */
  sourceType: string;
  /** The Private CA behind an AWS_ACM_PCA anchor; empty otherwise. */
  acmPcaArn: string;
}

/** An IAM Roles Anywhere profile; `id` is its profile ID. */
export interface RolesAnywhereProfile extends AwsResource {
  name: string;
  enabled: boolean;
  roleArns: string[];
  /**
   * The inline session policy: null when the profile has none, 'invalid' when it is not a policy
   * document (not JSON, or not statements).
   */
  sessionPolicy: PolicyDocument | 'invalid' | null;
  managedPolicyArns: string[];
}

const TrustAnchorSchema = z.object({
  trustAnchorArn: z.string(),
  trustAnchorId: z.string().nullish(),
  name: z.string().nullish(),
  enabled: z.boolean().nullish(),
  source: z.object({ sourceType: z.string().nullish(), sourceData: z.object({ acmPcaArn: z.string().nullish() }).nullish() }).nullish(),
});

const ProfileSchema = z.object({
  profileArn: z.string(),
  profileId: z.string().nullish(),
  name: z.string().nullish(),
  enabled: z.boolean().nullish(),
  roleArns: z.array(z.string()).nullish(),
  sessionPolicy: z.string().nullish(),
  managedPolicyArns: z.array(z.string()).nullish(),
});

/** The session policy as a document, or 'invalid' when it is not one. */
function sessionPolicyOf(text: string | null | undefined): RolesAnywhereProfile['sessionPolicy'] {
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'invalid';
  }
  const parsed = PolicyDocumentSchema.safeParse(value);
  return parsed.success ? parsed.data : 'invalid';
}

/**
 * The installed @aws-sdk/client-rolesanywhere (3.332) is typed against older Smithy types than the
 * client factory; its client is made by the factory all the same, and typed as its own here.
 */
function rolesAnywhereClient<T extends AwsResource>(context: LoadContext<T>): RolesAnywhereClient {
  return context.client(RolesAnywhereClient as unknown as SdkClientClass<SdkClient>) as unknown as RolesAnywhereClient;
}

// Roles Anywhere documents no maximum page size for its listings, so they use the service's default.
const trustAnchors = defineCollection<TrustAnchor>({
  service: 'rolesanywhere',
  name: 'trustAnchors',
  scope: 'regional',
  async load(context) {
    const pages = paginateListTrustAnchors({ client: rolesAnywhereClient(context) }, {});
    for (const anchor of await context.items('ListTrustAnchors', pages, (page) => page.trustAnchors, TrustAnchorSchema, 'trust anchor')) {
      context.resources.add({
        arn: anchor.trustAnchorArn,
        id: anchor.trustAnchorId || anchor.name || '',
        name: anchor.name ?? '',
        region: context.region,
        tags: {},
        enabled: anchor.enabled ?? false,
        sourceType: anchor.source?.sourceType ?? '',
        acmPcaArn: anchor.source?.sourceData?.acmPcaArn ?? '',
      });
    }
  },
});

const profiles = defineCollection<RolesAnywhereProfile>({
  service: 'rolesanywhere',
  name: 'profiles',
  scope: 'regional',
  async load(context) {
    const pages = paginateListProfiles({ client: rolesAnywhereClient(context) }, {});
    for (const profile of await context.items('ListProfiles', pages, (page) => page.profiles, ProfileSchema, 'Roles Anywhere profile')) {
      context.resources.add({
        arn: profile.profileArn,
        id: profile.profileId || profile.name || '',
        name: profile.name ?? '',
        region: context.region,
        tags: {},
        enabled: profile.enabled ?? false,
        roleArns: profile.roleArns ?? [],
        sessionPolicy: sessionPolicyOf(profile.sessionPolicy),
        managedPolicyArns: profile.managedPolicyArns ?? [],
      });
    }
  },
});

export default { trustAnchors, profiles };
