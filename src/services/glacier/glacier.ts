import { GetVaultAccessPolicyCommand, GlacierClient, paginateListVaults } from '@aws-sdk/client-glacier';
import { z } from 'zod';
import type { SdkClient, SdkClientClass } from '../../provider/clients.js';
import { defineCollection, unlessAbsent, type LoadContext } from '../collection.js';
import { perListedResource } from '../listing.js';
import { parsePolicyDocument, type PolicyDocument } from '../policy.js';
import type { AwsResource, Field } from '../resource-map.js';

/** A Glacier vault; `id` and `name` are its name. */
export interface Vault extends AwsResource {
  name: string;
}

export interface VaultPolicy extends Vault {
  /** The vault access policy; null when the vault has none. */
  policy: Field<PolicyDocument | null>;
}

/**
 * Every Glacier request names an account, so the client's middleware stack is typed for inputs
 * that all carry one and does not fit the provider's generic client type; it is the same client.
 */
function glacierClient(context: LoadContext<AwsResource>): GlacierClient {
  return context.client(GlacierClient as unknown as SdkClientClass<SdkClient>) as unknown as GlacierClient;
}

const VaultSchema = z.object({ VaultARN: z.string(), VaultName: z.string() });

/** "-" names the caller's own account. ListVaults's default page of 10 vaults is also its largest. */
const vaults = defineCollection<Vault>({
  service: 'glacier',
  name: 'vaults',
  scope: 'regional',
  async load(context) {
    const pages = paginateListVaults({ client: glacierClient(context) }, { accountId: '-' });
    for (const vault of await context.items('ListVaults', pages, (page) => page.VaultList, VaultSchema, 'Glacier vault')) {
      context.resources.add({ arn: vault.VaultARN, id: vault.VaultName, name: vault.VaultName, region: context.region, tags: {} });
    }
  },
});

/** Each vault's access policy, a GetVaultAccessPolicy call per vault: only the public-access check asks for it. */
const vaultPolicies = perListedResource<VaultPolicy, Vault>({
  service: 'glacier',
  name: 'vaultPolicies',
  scope: 'regional',
  listed: vaults,
  operation: 'ListVaults',
  async read(context, vault) {
    const policy = await context.field('GetVaultAccessPolicy', vault.arn, async () => {
      const request = new GetVaultAccessPolicyCommand({ accountId: '-', vaultName: vault.name });
      const response = await unlessAbsent(glacierClient(context).send(request), 'ResourceNotFoundException');
      return response?.policy?.Policy ? parsePolicyDocument(response.policy.Policy) : null;
    });
    return { ...vault, policy };
  },
});

export default { vaults, vaultPolicies };
