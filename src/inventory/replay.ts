import type { Logger } from 'pino';
import { loadChecks } from '../checks/catalog.js';
import type { CollectionSource } from '../checks/runner.js';
import { runChecksOn } from '../checks/runner.js';
import { UsageError } from '../errors.js';
import type { ScanRequest, ScanResult } from '../scan.js';
import { runnable } from '../scan.js';
import type { Collection } from '../services/collection.js';
import { serviceModules, type ServiceName } from '../services/index.js';
import type { AwsResource, ResourceMap } from '../services/resource-map.js';
import { SCANNER_VERSION } from '../version.js';
import { collectionKey } from './manifest.js';
import { openInventory, type OpenedAccount } from './open.js';

/**
 * The collections of one saved account. Like the loader, it hands out a collection together with
 * the collections it was built from, so the failures the replay reports are the live scan's.
 */
class InventorySource implements CollectionSource {
  private readonly handedOut = new Map<string, ResourceMap<AwsResource>>();

  constructor(
    private readonly saved: OpenedAccount,
    private readonly directory: string,
  ) {}

  async collection(service: ServiceName, name: string): Promise<ResourceMap<AwsResource> | undefined> {
    const collections: Readonly<Record<string, Collection<AwsResource>>> = (await serviceModules[service]()).default;
    const definition = collections[name];
    return definition ? this.withDependencies(definition) : undefined;
  }

  private withDependencies(definition: Collection<AwsResource>): ResourceMap<AwsResource> | undefined {
    const key = collectionKey(definition.service, definition.name);
    const map = this.saved.collections.get(key);
    if (!map) return undefined;
    this.handedOut.set(key, map);
    for (const needed of Object.values(definition.needs)) this.withDependencies(needed);
    return map;
  }

  loaded(): Promise<ResourceMap<AwsResource>[]> {
    return Promise.resolve([...this.handedOut.values()]);
  }

  missing(collections: readonly string[]): string {
    return `Not in this inventory: the scan that saved ${this.directory} did not read ${collections.join(', ')}; scan the account again to judge this check.`;
  }
}

/**
 * `--from-inventory`: the selected checks run on a saved inventory instead of the account, with
 * no credential and no AWS call; the result is shaped like a live scan's, for the same pipeline.
 */
export async function replayInventory(directory: string, request: Omit<ScanRequest, 'provider'>, log: Logger): Promise<ScanResult> {
  const inventory = await openInventory(directory);
  const [saved, ...others] = inventory.accounts;
  if (!saved || others.length > 0) throw new UsageError(`inventory ${directory}: it holds ${inventory.accounts.length} accounts; replaying more than one is not supported yet`);
  const checks = await loadChecks(runnable(request.checks, request.config, log));
  const startedAt = new Date();
  log.info({ inventory: directory, savedAt: inventory.manifest.finishedAt, account: saved.account.id, checks: checks.length }, 'running the checks on a saved inventory');
  const outcome = await runChecksOn(checks, new InventorySource(saved, directory), saved.account, { options: request.options, config: request.config });
  for (const crash of outcome.crashedChecks) log.error(crash, 'check failed to run');
  return {
    findings: outcome.findings,
    calls: new Map(),
    throttles: 0,
    context: {
      scanName: request.scanName ?? inventory.manifest.scanName,
      account: saved.account,
      scannerVersion: SCANNER_VERSION,
      startedAt,
      finishedAt: new Date(),
      checkIds: checks.map((check) => check.metadata.id),
      failures: outcome.failures,
    },
  };
}
