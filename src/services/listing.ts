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

/**
 * How many resources of one listing a collection reads at once. The sending side is bounded
 * anyway (the provider's concurrency, each bucket's admission); this bound is on what waits for
 * it. Started all at once, the reads of 2,000 IAM users each hold an async frame, a promise chain
 * and a built request until the account's IAM bucket lets them through, tens of megabytes at the
 * large benchmark account's size. 32 keeps more reads ready than the provider sends at once.
 */
export const RESOURCES_READ_AT_ONCE = 32;

/**
 * `read` applied to every item, at most RESOURCES_READ_AT_ONCE at a time, started in the items'
 * order; the results come back in that order. After a read throws, no further read starts and the
 * first error is thrown once the reads under way have settled.
 */
export async function readEach<Item, Result>(items: readonly Item[], read: (item: Item, index: number) => Promise<Result>): Promise<Result[]> {
  const results: Result[] = new Array<Result>(items.length);
  let next = 0;
  let failure: { error: unknown } | undefined;
  const reader = async (): Promise<void> => {
    while (next < items.length && failure === undefined) {
      const index = next++;
      try {
        results[index] = await read(items[index]!, index);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(RESOURCES_READ_AT_ONCE, items.length) }, reader));
  if (failure) throw failure.error;
  return results;
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
            for (const resource of await readEach(resources, (item) => read(inRegion, item))) inRegion.resources.add(resource);
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
