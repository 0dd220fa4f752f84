import type { AwsResource } from '../services/resource-map.js';
import { encodeValue, type Encoded } from './encoding.js';
import type { OpenedInventory } from './open.js';

export interface ServiceDiff {
  service: string;
  added: string[];
  removed: string[];
  /** Each changed resource with the paths of the fields that changed (`policy.Statement[0].Effect`). */
  changed: { arn: string; fields: string[] }[];
}

export interface InventoryDiff {
  from: { directory: string; finishedAt: string };
  to: { directory: string; finishedAt: string };
  services: ServiceDiff[];
  /** Collections only one of the scans read: absence there is not removal, so they are not compared. */
  notCompared: { collection: string; onlyIn: 'from' | 'to' }[];
}

/** A resource as comparable JSON, keyed by ARN, across the collections of one service. */
type Resources = Map<string, Encoded>;

/** Every account's resources of the given collections, by service, one entry per ARN. */
function byService(inventory: OpenedInventory, collections: ReadonlySet<string>): Map<string, Resources> {
  const services = new Map<string, Resources>();
  for (const { account, collections: maps } of inventory.accounts) {
    for (const [key, map] of maps) {
      if (!collections.has(key)) continue;
      const resources = services.get(map.service) ?? new Map<string, Encoded>();
      services.set(map.service, resources);
      // A collection built on another repeats its resources with more fields: merged, each ARN once.
      for (const resource of map.found()) resources.set(resource.arn, { ...asObject(resources.get(resource.arn)), ...asObject(comparable(resource, account.id)) });
    }
  }
  return services;
}

function comparable(resource: AwsResource, accountId: string): Encoded {
  return encodeValue(resource, `${accountId} ${resource.arn}`);
}

function asObject(value: Encoded | undefined): Record<string, Encoded> {
  return value !== undefined && value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
}

const collectionKeys = (inventory: OpenedInventory) => new Set(inventory.accounts.flatMap(({ collections }) => [...collections.keys()]));

/** What changed between two inventories, per service: resources added, removed, and changed with their fields. */
export function diffInventories(from: OpenedInventory, to: OpenedInventory): InventoryDiff {
  const fromKeys = collectionKeys(from);
  const toKeys = collectionKeys(to);
  const shared = new Set([...fromKeys].filter((key) => toKeys.has(key)));
  const before = byService(from, shared);
  const after = byService(to, shared);
  const services = [...new Set([...before.keys(), ...after.keys()])].sort().flatMap((service): ServiceDiff[] => {
    const old = before.get(service) ?? new Map<string, Encoded>();
    const current = after.get(service) ?? new Map<string, Encoded>();
    const added = [...current.keys()].filter((arn) => !old.has(arn)).sort();
    const removed = [...old.keys()].filter((arn) => !current.has(arn)).sort();
    const changed = [...current]
      .flatMap(([arn, resource]) => {
        const previous = old.get(arn);
        const fields = previous === undefined ? [] : changedPaths(previous, resource, '');
        return fields.length > 0 ? [{ arn, fields }] : [];
      })
      .sort((a, b) => a.arn.localeCompare(b.arn));
    return added.length + removed.length + changed.length > 0 ? [{ service, added, removed, changed }] : [];
  });
  const notCompared = [
    ...[...fromKeys].filter((key) => !shared.has(key)).map((collection) => ({ collection, onlyIn: 'from' as const })),
    ...[...toKeys].filter((key) => !shared.has(key)).map((collection) => ({ collection, onlyIn: 'to' as const })),
  ].sort((a, b) => a.collection.localeCompare(b.collection));
  return {
    from: { directory: from.directory, finishedAt: from.manifest.finishedAt },
    to: { directory: to.directory, finishedAt: to.manifest.finishedAt },
    services,
    notCompared,
  };
}

/** The paths where two encoded values differ, descending into objects and lists to the leaves that changed. */
function changedPaths(before: Encoded, after: Encoded, path: string): string[] {
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length !== after.length) return [path || '(value)'];
    return before.flatMap((item, index) => changedPaths(item, after[index] ?? null, `${path}[${index}]`));
  }
  const isRecord = (value: Encoded): value is Record<string, Encoded> => value !== null && typeof value === 'object' && !Array.isArray(value) && !('$' in value);
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => changedPaths(before[key] ?? null, after[key] ?? null, path ? `${path}.${key}` : key));
  }
  return [path || '(value)'];
}

/** The diff for a person: one block per service, `+` added, `-` removed, `~` changed with its fields. */
export function renderDiff(diff: InventoryDiff): string {
  const lines = [`Inventory ${diff.from.directory} (${diff.from.finishedAt}) -> ${diff.to.directory} (${diff.to.finishedAt})`];
  if (diff.services.length === 0) lines.push('No resource was added, removed or changed.');
  for (const { service, added, removed, changed } of diff.services) {
    lines.push('', `${service}: ${added.length} added, ${removed.length} removed, ${changed.length} changed`);
    lines.push(...added.map((arn) => `  + ${arn}`), ...removed.map((arn) => `  - ${arn}`), ...changed.map(({ arn, fields }) => `  ~ ${arn}: ${fields.join(', ')}`));
  }
  if (diff.notCompared.length > 0) {
    lines.push('', 'Not compared, read by only one of the scans:');
    lines.push(...diff.notCompared.map(({ collection, onlyIn }) => `  ${collection} (only in ${onlyIn === 'from' ? diff.from.directory : diff.to.directory})`));
  }
  return `${lines.join('\n')}\n`;
}
