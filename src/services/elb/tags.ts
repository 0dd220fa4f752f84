import type { LoadContext } from '../collection.js';
import { readEach } from '../listing.js';
import type { AwsResource } from '../resource-map.js';

/** DescribeTags of both load balancer APIs names at most this many load balancers per call. */
const TAGGED_PER_CALL = 20;

/**
 * Fills each resource's tags, one DescribeTags call per batch of twenty load balancers instead of
 * one per load balancer. `keyOf` is what the API names a load balancer by (its name for Classic,
 * its ARN for v2). Tags decide no verdict: a failed call is recorded against each load balancer of
 * its batch and leaves their tags empty.
 */
export async function readTagsInBatches<R extends AwsResource>(
  context: LoadContext<R>,
  resources: readonly R[],
  keyOf: (resource: R) => string,
  describeTags: (keys: string[]) => Promise<Map<string, Record<string, string>>>,
): Promise<void> {
  const batches: R[][] = [];
  for (let start = 0; start < resources.length; start += TAGGED_PER_CALL) batches.push(resources.slice(start, start + TAGGED_PER_CALL));
  await readEach(batches, (batch) => {
    const tagsByKey = describeTags(batch.map(keyOf));
    // Held until the resources await it, so an early failure is not an unhandled rejection.
    tagsByKey.catch(() => undefined);
    return Promise.all(
      batch.map((resource) =>
        context.read('DescribeTags', async () => {
          resource.tags = (await tagsByKey).get(keyOf(resource)) ?? {};
        }, resource.arn),
      ),
    );
  });
}
