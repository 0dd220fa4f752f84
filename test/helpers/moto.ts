import { inject } from 'vitest';
import { AwsProvider } from '../../src/provider/provider.js';
import { silentLogger } from '../../src/logger.js';
import type { CollectionScope, ResourceOf } from '../../src/services/collection.js';
import { serviceModules, type ServiceCollections, type ServiceName } from '../../src/services/index.js';
import { CollectionLoader } from '../../src/services/loader.js';
import type { ResourceMap } from '../../src/services/resource-map.js';

/** The account ID moto uses when none is configured. */
export const MOTO_ACCOUNT = '123456789012';

/** This worker's own moto server: workers running side by side never share one. */
export function motoEndpoint(): string {
  const endpoints = inject('motoEndpoints');
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  return endpoints[(worker - 1) % endpoints.length]!;
}

/** Empties every moto backend, so each test seeds exactly what it asserts on. */
export async function resetMoto(): Promise<void> {
  const response = await fetch(`${motoEndpoint()}/moto-api/reset`, { method: 'POST' });
  if (!response.ok) throw new Error(`moto reset failed: ${response.status}`);
}

/** SDK client settings for seeding moto directly, outside the scanner's own provider. */
export function seedConfig(region = 'us-east-1') {
  return {
    region,
    endpoint: motoEndpoint(),
    forcePathStyle: true,
    credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
  };
}

/** Connects the scanner's real provider to moto, as a scan would. */
export async function motoScope(regions: string[]): Promise<CollectionScope> {
  const provider = await AwsProvider.connect({ endpoint: motoEndpoint(), regions }, silentLogger);
  return { account: provider.account, clients: provider.clients };
}

/** Every collection of one service, loaded from moto as a scan would load them. */
export type LoadedService<S extends ServiceName> = {
  readonly [C in keyof ServiceCollections[S]]: ResourceMap<ResourceOf<ServiceCollections[S][C]>>;
};

/** Loads `names` (every collection of the service when not given) through the scanner's own loader. */
export async function loadService<S extends ServiceName>(
  scope: CollectionScope,
  service: S,
  names?: readonly (keyof ServiceCollections[S] & string)[],
): Promise<LoadedService<S>> {
  const loader = new CollectionLoader(scope);
  const wanted = names ?? Object.keys((await serviceModules[service]()).default);
  const maps = await Promise.all(wanted.map(async (name) => [name, await loader.collection(service, name)] as const));
  return Object.fromEntries(maps) as unknown as LoadedService<S>;
}
