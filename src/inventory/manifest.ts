import { z } from 'zod';
import { ReadFailureSchema } from '../services/read-failure.js';

/** The inventory layout this scanner writes and reads; a newer one is refused, never guessed at. */
export const INVENTORY_FORMAT = 'scanner-inventory';
export const INVENTORY_FORMAT_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';

const AccountScopeSchema = z.object({
  id: z.string().regex(/^\d{12}$/),
  partition: z.enum(['aws', 'aws-cn', 'aws-us-gov']),
  callerArn: z.string(),
  alias: z.string().optional(),
  regions: z.array(z.string()),
  globalRegion: z.string(),
});

const CollectionEntrySchema = z.object({
  service: z.string().min(1),
  name: z.string().min(1),
  /** Relative to the inventory folder: `<account>/<service>/<collection>.jsonl.gz`. */
  file: z.string().min(1),
  resources: z.number().int().min(0),
  failures: z.number().int().min(0),
  /** Regions where a listing failed: there, absence of a resource proves nothing. */
  incompleteRegions: z.array(z.string()),
});

/**
 * What an inventory holds, written last: who scanned which accounts, when, with which checks, and
 * each file's SHA-256, so a changed or truncated file is refused rather than replayed.
 */
export const ManifestSchema = z.object({
  format: z.literal(INVENTORY_FORMAT),
  formatVersion: z.literal(INVENTORY_FORMAT_VERSION),
  scannerVersion: z.string(),
  scanName: z.string().optional(),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  caller: z.string(),
  regions: z.array(z.string()),
  checks: z.array(z.string()),
  /** One entry per account; an organization scan adds one per member, each in its own folder. */
  accounts: z.array(z.object({ account: AccountScopeSchema, collections: z.array(CollectionEntrySchema) })).min(1),
  files: z.record(z.string(), z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/), bytes: z.number().int().min(0) })),
});

export type Manifest = z.infer<typeof ManifestSchema>;
export type CollectionEntry = z.infer<typeof CollectionEntrySchema>;

/** One line of a collection file: its header first, then each resource and each failed read. */
export const CollectionLineSchema = z.union([
  z.object({ collection: z.object({ service: z.string(), name: z.string() }) }).strict(),
  z.object({ resource: z.record(z.string(), z.unknown()) }).strict(),
  z.object({ failure: ReadFailureSchema }).strict(),
]);

/** Where a collection's file sits in the inventory, per account so that organization scans fit. */
export function collectionFile(accountId: string, service: string, name: string): string {
  return `${accountId}/${service}/${name}.jsonl.gz`;
}

export const collectionKey = (service: string, name: string): string => `${service}.${name}`;
