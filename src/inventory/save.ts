import { createHash } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { create } from 'tar';
import { UsageError } from '../errors.js';
import type { AccountScope } from '../provider/provider.js';
import type { AwsResource, ReadFailure, ResourceMap } from '../services/resource-map.js';
import { SCANNER_VERSION } from '../version.js';
import { encodeValue } from './encoding.js';
import { INVENTORY_FORMAT, INVENTORY_FORMAT_VERSION, MANIFEST_FILE, collectionFile, type CollectionEntry, type Manifest } from './manifest.js';

const gzipAsync = promisify(gzip);

/** What one scanned account contributes to an inventory: its scope and every collection read. */
export interface AccountInventory {
  account: AccountScope;
  collections: readonly ResourceMap<AwsResource>[];
}

export interface InventoryRecord {
  scanName?: string;
  startedAt: Date;
  finishedAt: Date;
  checks: readonly string[];
  accounts: readonly AccountInventory[];
}

/**
 * `--save-inventory <dir>` must name a folder that does not exist yet, or an empty one: checked
 * before the scan, so a typo costs a second, not the scan, and no earlier inventory is overwritten.
 */
export async function checkInventoryTarget(directory: string): Promise<void> {
  const entries = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw new UsageError(`--save-inventory ${directory}: ${error.code === 'ENOTDIR' ? 'is a file, not a folder' : error.message}`);
  });
  if (entries.length > 0) throw new UsageError(`--save-inventory ${directory}: the folder is not empty; give a new folder for each inventory`);
}

/**
 * Writes the inventory into a sibling temporary folder and renames it into place once the
 * manifest is written: an interrupted scan leaves a `.partial` folder, never an inventory that
 * looks whole. Returns the manifest.
 */
export async function saveInventory(directory: string, record: InventoryRecord): Promise<Manifest> {
  const staging = join(dirname(directory), `.${basename(directory)}.partial-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const files: Manifest['files'] = {};
    const accounts = await Promise.all(
      record.accounts.map(async ({ account, collections }) => ({
        account,
        collections: await Promise.all(
          [...collections]
            .sort((a, b) => `${a.service}.${a.name}`.localeCompare(`${b.service}.${b.name}`))
            .map(async (map) => {
              const entry = collectionEntry(account.id, map);
              const bytes = await gzipAsync(collectionLines(map));
              await mkdir(dirname(join(staging, entry.file)), { recursive: true });
              await writeFile(join(staging, entry.file), bytes);
              files[entry.file] = { sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length };
              return entry;
            }),
        ),
      })),
    );
    const manifest: Manifest = {
      format: INVENTORY_FORMAT,
      formatVersion: INVENTORY_FORMAT_VERSION,
      scannerVersion: SCANNER_VERSION,
      ...(record.scanName ? { scanName: record.scanName } : {}),
      startedAt: record.startedAt.toISOString(),
      finishedAt: record.finishedAt.toISOString(),
      caller: record.accounts[0]?.account.callerArn ?? '',
      regions: [...new Set(record.accounts.flatMap(({ account }) => account.regions))].sort(),
      checks: [...record.checks],
      accounts,
      files: Object.fromEntries(Object.entries(files).sort(([a], [b]) => a.localeCompare(b))),
    };
    await writeFile(join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    // checkInventoryTarget allowed an empty folder; rename replaces only a missing one.
    await rmdir(directory).catch(() => undefined);
    await rename(staging, directory);
    return manifest;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The inventory as one `<dir>.tar.gz` beside it, for delivery with the outputs; unpacked, it is the
 * folder again, which `--from-inventory` reads.
 */
export async function packInventory(directory: string): Promise<string> {
  const packed = `${directory}.tar.gz`;
  // portable: no user names or uids of the scanning machine in what the customer receives.
  await create({ gzip: true, file: packed, cwd: dirname(directory), portable: true }, [basename(directory)]);
  return packed;
}

function collectionEntry(accountId: string, map: ResourceMap<AwsResource>): CollectionEntry {
  return {
    service: map.service,
    name: map.name,
    file: collectionFile(accountId, map.service, map.name),
    resources: map.found().length,
    failures: map.failures.length,
    incompleteRegions: [...new Set(map.listingFailures().map((failure) => failure.region))].sort(),
  };
}

/**
 * The collection as JSON lines: a header, its resources, then its failed reads, each in the order
 * the scan recorded them, so that a check reading "the first" sees the same one on replay.
 */
function collectionLines(map: ResourceMap<AwsResource>): string {
  const lines = [
    { collection: { service: map.service, name: map.name } },
    ...map.found().map((resource) => ({ resource: encodeValue(resource, `${map.service}.${map.name} ${resource.arn}`) })),
    ...map.failures.map((failure: ReadFailure) => ({ failure })),
  ];
  return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}
