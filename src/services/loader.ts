import { describeError } from '../errors.js';
import { LoadContext, type Collection, type CollectionScope } from './collection.js';
import { serviceModules, type ServiceName } from './index.js';
import { endpointOf, offersService } from './regions.js';
import { ResourceMap, type AwsResource, type ReadFailure } from './resource-map.js';

export interface LoadProgress {
  /** A collection is about to be read, or has been: for logs and the progress line. */
  collectionStarted?(service: string, name: string): void;
  collectionLoaded?(service: string, name: string, outcome: { failures: number; calls: number; milliseconds: number }): void;
}

/** The failed reads of these collections, each failed call once. */
export function uniqueFailures(maps: readonly ResourceMap<AwsResource>[]): ReadFailure[] {
  const unique = new Map<string, ReadFailure>();
  for (const failure of maps.flatMap((map) => map.failures)) {
    unique.set(`${failure.service}|${failure.region}|${failure.operation}|${failure.resourceArn ?? ''}`, failure);
  }
  return [...unique.values()];
}

/**
 * Loads collections for one account, each once per scan however many checks or collections
 * need it, its dependencies first. A service's module (and with it its SDK) is imported only when
 * one of its collections is asked for.
 */
export class CollectionLoader {
  private readonly loading = new Map<Collection<AwsResource>, Promise<ResourceMap<AwsResource>>>();

  constructor(
    private readonly scope: CollectionScope,
    private readonly progress: LoadProgress = {},
  ) {}

  async collection(service: ServiceName, name: string): Promise<ResourceMap<AwsResource>> {
    const collections: Readonly<Record<string, Collection<AwsResource>>> = (await serviceModules[service]()).default;
    const definition = collections[name];
    if (!definition) throw new Error(`service ${service} has no collection ${name}`);
    return this.load(definition);
  }

  /** Every read that failed in the collections loaded so far, each failed call once. */
  async failures(): Promise<ReadFailure[]> {
    return uniqueFailures(await this.loaded());
  }

  /** Every collection loaded so far, dependencies included: what an inventory saves. */
  loaded(): Promise<ResourceMap<AwsResource>[]> {
    return Promise.all(this.loading.values());
  }

  /** Forgets every collection loaded: asked for again, one would be read again. */
  release(): void {
    this.loading.clear();
  }

  /** One collection by its definition (and what it needs), once however often it is asked for. */
  load(definition: Collection<AwsResource>): Promise<ResourceMap<AwsResource>> {
    let loaded = this.loading.get(definition);
    if (!loaded) {
      loaded = this.read(definition);
      this.loading.set(definition, loaded);
    }
    return loaded;
  }

  private async read(definition: Collection<AwsResource>): Promise<ResourceMap<AwsResource>> {
    const dependencies = Object.fromEntries(
      await Promise.all(Object.entries(definition.needs).map(async ([key, needed]) => [key, await this.load(needed)] as const)),
    );
    const map = new ResourceMap<AwsResource>(definition.service, definition.name);
    const { account } = this.scope;
    const endpoint = definition.endpoint ?? endpointOf(definition.service);
    const regions = definition.scope === 'regional' ? account.regions.filter((region) => offersService(endpoint, region)) : [account.globalRegion];
    this.progress.collectionStarted?.(definition.service, definition.name);
    const startedAt = Date.now();
    const { calls } = await this.scope.clients.counting(() =>
      Promise.all(
        regions.map(async (region) => {
          try {
            await definition.load(new LoadContext(map, region, this.scope), dependencies);
          } catch (error) {
            // A loader's own failure (a bug, an answer no schema expected) costs only this collection.
            map.fail({ region, operation: `loading ${definition.name}`, message: describeError(error) });
          }
        }),
      ),
    );
    this.progress.collectionLoaded?.(definition.service, definition.name, { failures: map.failures.length, calls, milliseconds: Date.now() - startedAt });
    return map;
  }
}
