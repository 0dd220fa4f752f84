import { defineCollection, type Collection, type LoadContext } from './collection.js';
import type { AwsResource } from './resource-map.js';

/**
 * The pages of a listing that hands out a continuation token (WAF's NextMarker, API Gateway V2's
 * NextToken) but has no SDK paginator: requested until a page comes back without a token.
 */
export async function* tokenPages<Page>(
  request: (token: string | undefined) => Promise<Page>,
  nextToken: (page: Page) => string | null | undefined,
): AsyncGenerator<Page> {
  let token: string | undefined;
  do {
    const page = await request(token);
    yield page;
    token = nextToken(page) ?? undefined;
  } while (token);
}

interface PerListedDefinition<T extends AwsResource, Listed extends AwsResource> {
  service: string;
  name: string;
  scope: 'regional' | 'global';
  endpoint?: string;
  /** The collection whose resources each get one read. */
  listed: Collection<Listed>;
  /** The call `read` makes, named when the listing itself could not be read. */
  operation: string;
  /** Where the listed resources are, for a global collection of regional ones; the loading region otherwise. */
  regions?: (context: LoadContext<T>) => Iterable<string>;
  /** Which listed resources are read; all of them otherwise. */
  selects?: (resource: Listed) => boolean;
  /** One listed resource's own read, in its region; failures are kept on fields, not thrown. */
  read: (context: LoadContext<T>, resource: Listed) => Promise<T>;
}

/**
 * A collection of one read per resource of another collection, for data only some checks need:
 * the listing's other checks never pay for these calls. A region whose listing failed fails here
 * too, with the listing's own call.
 */
export function perListedResource<T extends AwsResource, Listed extends AwsResource>(definition: PerListedDefinition<T, Listed>): Collection<T> {
  const { listed, operation, regions, selects, read } = definition;
  return defineCollection<T, { listed: Collection<Listed> }>({
    service: definition.service,
    name: definition.name,
    scope: definition.scope,
    ...(definition.endpoint ? { endpoint: definition.endpoint } : {}),
    needs: { listed },
    async load(context, dependencies) {
      await Promise.all(
        [...new Set(regions?.(context) ?? [context.region])].map(async (region) => {
          const inRegion = context.inRegion(region);
          await inRegion.read(operation, async () => {
            const resources = dependencies.listed.all(region).filter((resource) => selects?.(resource) ?? true);
            for (const resource of await Promise.all(resources.map((item) => read(inRegion, item)))) inRegion.resources.add(resource);
          });
        }),
      );
    },
  });
}

/** One item of each list in turn (the first of each, then the second...), as Prowler merges regions. */
export function interleaved<T>(lists: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const merged: T[] = [];
  for (let index = 0; index < longest; index++) for (const list of lists) if (index < list.length) merged.push(list[index]!);
  return merged;
}
