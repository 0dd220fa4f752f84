import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { UsageError, describeError } from '../errors.js';
import type { AccountScope } from '../provider/provider.js';
import { ResourceMap, type AwsResource, type ReadFailure } from '../services/resource-map.js';
import { decodeValue } from './encoding.js';
import { CollectionLineSchema, INVENTORY_FORMAT, INVENTORY_FORMAT_VERSION, MANIFEST_FILE, ManifestSchema, collectionKey, type CollectionEntry, type Manifest } from './manifest.js';

const gunzipAsync = promisify(gunzip);

/** Why a check's data is missing on replay; the runner's ERROR findings quote it. */
export const WITHHELD_SECRET = 'not in this inventory: inventories never hold values that may contain secrets, only what the scan concluded from them';

export interface OpenedAccount {
  account: AccountScope;
  /** Every saved collection, by `service.name`, rebuilt as the scan held it. */
  collections: ReadonlyMap<string, ResourceMap<AwsResource>>;
}

export interface OpenedInventory {
  directory: string;
  manifest: Manifest;
  accounts: OpenedAccount[];
}

/** A problem with one file of an inventory: one line naming the file, exit 2. */
function refused(path: string, problem: string): UsageError {
  return new UsageError(`inventory ${path}: ${problem}`);
}

/**
 * Reads and checks a whole inventory before anything runs on it: the manifest's format and
 * version, every file's SHA-256, and every line's shape. Any problem stops here with one line
 * naming the file; nothing half-read is ever replayed.
 */
export async function openInventory(directory: string): Promise<OpenedInventory> {
  const manifest = await readManifest(directory);
  const accounts = await Promise.all(
    manifest.accounts.map(async ({ account, collections }) => ({
      account,
      collections: new Map(
        await Promise.all(collections.map(async (entry) => [collectionKey(entry.service, entry.name), await readCollection(directory, manifest, entry)] as const)),
      ),
    })),
  );
  return { directory, manifest, accounts };
}

async function readManifest(directory: string): Promise<Manifest> {
  const path = join(directory, MANIFEST_FILE);
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'ENOENT' ? new UsageError(`${directory} is not an inventory: it has no ${MANIFEST_FILE}`) : refused(path, describeError(error));
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw refused(path, 'not valid JSON (truncated?)');
  }
  const header = json as { format?: unknown; formatVersion?: unknown } | null;
  if (header?.format !== INVENTORY_FORMAT) throw refused(path, `not a scanner inventory manifest`);
  if (typeof header.formatVersion === 'number' && header.formatVersion > INVENTORY_FORMAT_VERSION) {
    throw refused(path, `format version ${header.formatVersion} is newer than this scanner reads (${INVENTORY_FORMAT_VERSION}); upgrade the scanner`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refused(path, `unexpected manifest at ${issue?.path.join('.') || '(top)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

async function readCollection(directory: string, manifest: Manifest, entry: CollectionEntry): Promise<ResourceMap<AwsResource>> {
  const path = join(directory, entry.file);
  const expected = manifest.files[entry.file];
  if (!expected) throw refused(path, 'is not listed in the manifest');
  const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
    throw refused(path, error.code === 'ENOENT' ? 'is missing' : describeError(error));
  });
  if (createHash('sha256').update(bytes).digest('hex') !== expected.sha256) {
    throw refused(path, 'its SHA-256 does not match the manifest: the file was changed or truncated');
  }
  const text = await gunzipAsync(bytes).then(
    (plain) => plain.toString('utf8'),
    () => {
      throw refused(path, 'is not a valid gzip file');
    },
  );
  const map = new ResourceMap<AwsResource>(entry.service, entry.name);
  text
    .split('\n')
    .filter((line) => line.length > 0)
    .forEach((line, index) => {
      try {
        addLine(map, entry, line, index);
      } catch (error) {
        throw refused(path, `line ${index + 1}: ${describeError(error)}`);
      }
    });
  if (map.found().length !== entry.resources || map.failures.length !== entry.failures) {
    throw refused(path, `holds ${map.found().length} resources and ${map.failures.length} failures, the manifest says ${entry.resources} and ${entry.failures}`);
  }
  return map;
}

function addLine(map: ResourceMap<AwsResource>, entry: CollectionEntry, line: string, index: number): void {
  const parsed = CollectionLineSchema.parse(JSON.parse(line));
  if ('collection' in parsed) {
    if (index !== 0 || parsed.collection.service !== entry.service || parsed.collection.name !== entry.name) {
      throw new Error(`a header for ${parsed.collection.service}.${parsed.collection.name}, expected ${entry.service}.${entry.name} first`);
    }
    return;
  }
  if (index === 0) throw new Error('the collection header is missing');
  if ('failure' in parsed) {
    const { region, operation, message, resourceArn } = parsed.failure;
    map.fail({ region, operation, message, ...(resourceArn === undefined ? {} : { resourceArn }) });
    return;
  }
  const region = typeof parsed.resource.region === 'string' ? parsed.resource.region : '';
  const withheld = (): ReadFailure => ({ service: entry.service, collection: entry.name, region, operation: 'inventory', message: WITHHELD_SECRET });
  const resource = decodeValue(parsed.resource, withheld) as AwsResource;
  if (typeof resource.arn !== 'string') throw new Error('a resource without an ARN');
  map.add(resource);
}
