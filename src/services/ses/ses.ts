import { GetEmailIdentityCommand, SESv2Client, paginateListEmailIdentities } from '@aws-sdk/client-sesv2';
import { z } from 'zod';
import { defineCollection, parse, unlessAbsent } from '../collection.js';
import { readEach } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/** ListEmailIdentities returns at most 1000 identities a page. */
const IDENTITIES_PAGE_SIZE = 1000;

/** An SES (v2) identity, a domain or an email address; `id` and `name` are the identity itself. */
export interface SesIdentity extends AwsResource {
  name: string;
  /** DOMAIN, EMAIL_ADDRESS or MANAGED_DOMAIN. */
  type: string | null;
  details: Field<SesIdentityDetails>;
}

export interface SesIdentityDetails {
  /** The identity's sending authorization policies, by policy name. */
  policies: Record<string, PolicyDocument>;
  /** DKIM verification status (SUCCESS, PENDING, FAILED...); null when AWS gives none. */
  dkimStatus: string | null;
  dkimSigningEnabled: boolean;
}

const ListedSchema = z.object({ IdentityName: z.string(), IdentityType: z.string().nullish() });

const DetailsSchema = z.object({
  Policies: z.record(z.string(), z.string()).nullish(),
  DkimAttributes: z.object({ Status: z.string().nullish(), SigningEnabled: z.boolean().nullish() }).nullish(),
  Tags: z.array(z.object({ Key: z.string(), Value: z.string() })).nullish(),
});

/**
 * Every identity of the region with its details: the listing gives names and types only, and
 * both SES checks judge what GetEmailIdentity tells (DKIM, policies), so the listing reads it for
 * each identity. An identity deleted between the two calls is left out.
 */
const identities = defineCollection<SesIdentity>({
  service: 'ses',
  name: 'identities',
  scope: 'regional',
  async load(context) {
    const client = context.client(SESv2Client);
    const pages = paginateListEmailIdentities({ client, pageSize: IDENTITIES_PAGE_SIZE }, {});
    const listed = await context.items('ListEmailIdentities', pages, (page) => page.EmailIdentities, ListedSchema, 'SES identity');
    const read = await readEach(listed, async ({ IdentityName: name, IdentityType: type }) => {
      const arn = context.arn('ses', `identity/${name}`);
      let deleted = false;
      let tags: Record<string, string> = {};
      const details = await context.field('GetEmailIdentity', arn, async () => {
        const response = await unlessAbsent(client.send(new GetEmailIdentityCommand({ EmailIdentity: name })), 'NotFoundException');
        deleted = response === null;
        const identity = parse(DetailsSchema, response ?? {}, 'SES identity');
        tags = Object.fromEntries((identity.Tags ?? []).map((tag) => [tag.Key, tag.Value]));
        return {
          policies: Object.fromEntries(Object.entries(identity.Policies ?? {}).map(([policyName, text]) => [policyName, parsePolicyDocument(text)])),
          dkimStatus: identity.DkimAttributes?.Status ?? null,
          dkimSigningEnabled: identity.DkimAttributes?.SigningEnabled ?? false,
        };
      });
      return deleted ? null : { arn, id: name, name, region: context.region, tags, type: type ?? null, details };
    });
    for (const identity of read) if (identity) context.resources.add(identity);
  },
});

export default { identities };
