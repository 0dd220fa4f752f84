import { DLMClient, GetLifecyclePoliciesCommand } from '@aws-sdk/client-dlm';
import { z } from 'zod';
import { defineCollection, parse } from '../collection.js';
import type { AwsResource } from '../resource-map.js';

/**
 * The region's Data Lifecycle Manager policies, as one account setting of the region: `arn` is the
 * region's policy ARN prefix and `id` the account ID, as Prowler reports it.
 */
export interface DlmRegionPolicies extends AwsResource {
  /** IDs of every lifecycle policy of the region, whatever its type or state. */
  policyIds: string[];
}

const PoliciesSchema = z.object({ Policies: z.array(z.object({ PolicyId: z.string() })).default([]) });

/** One GetLifecyclePolicies call per region: it returns every policy at once, without pages. */
const regionPolicies = defineCollection<DlmRegionPolicies>({
  service: 'dlm',
  name: 'regionPolicies',
  scope: 'regional',
  async load(context) {
    await context.read('GetLifecyclePolicies', async () => {
      const response = await context.client(DLMClient).send(new GetLifecyclePoliciesCommand({}));
      const { Policies } = parse(PoliciesSchema, response, 'lifecycle policies');
      context.resources.add({
        arn: context.arn('dlm', 'policy'),
        id: context.account.id,
        region: context.region,
        tags: {},
        policyIds: Policies.map((policy) => policy.PolicyId),
      });
    });
  },
});

export default { regionPolicies };
