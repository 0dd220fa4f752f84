import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { z } from 'zod';
import { ReadFailureSchema } from '../services/read-failure.js';
import { withKnownMetadata } from '../checks/catalog.js';
import { UsageError, describeError } from '../errors.js';
import type { Finding } from '../findings/finding.js';
import { FindingSpool } from '../findings/spool.js';
import { writeFileAtomically } from '../output/atomic-file.js';
import { readOcsfFile, readOcsfScan } from '../output/ocsf-read.js';
import type { ReadFailure } from '../services/resource-map.js';
import type { AccountOutcome, MemberAccount } from './account.js';
import type { AccountsFile } from './finish.js';
import type { ScanPlan, ShardRef } from './plan.js';

/** What a shard's job leaves beside its outputs, so that merge can check where they came from. */
export const SHARD_MANIFEST = 'shard.json';
const SHARD_FORMAT = 'scanner-shard/1';

const ShardManifestSchema = z.object({
  format: z.literal(SHARD_FORMAT),
  planId: z.string(),
  shard: z.object({ index: z.number().int(), count: z.number().int() }),
  /** File names in the shard's folder. */
  findingsFile: z.string(),
  accountsFile: z.string(),
  /** Reads that failed: OCSF keeps their ERROR findings but not the failures themselves. */
  failures: z.array(ReadFailureSchema),
  regions: z.array(z.string()),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
});

type ShardManifest = z.infer<typeof ShardManifestSchema>;

export async function writeShardManifest(
  directory: string,
  plan: ScanPlan,
  shard: ShardRef,
  files: { findings: string; accounts: string },
  scan: { failures: readonly ReadFailure[]; regions: readonly string[]; startedAt: Date; finishedAt: Date },
): Promise<string> {
  const manifest: ShardManifest = {
    format: SHARD_FORMAT,
    planId: plan.planId,
    shard: { index: shard.index, count: shard.count },
    findingsFile: basename(files.findings),
    accountsFile: basename(files.accounts),
    failures: [...scan.failures],
    regions: [...scan.regions],
    startedAt: scan.startedAt.toISOString(),
    finishedAt: scan.finishedAt.toISOString(),
  };
  const path = join(directory, SHARD_MANIFEST);
  await writeFileAtomically(path, (out) => pipeline([`${JSON.stringify(manifest, null, 2)}\n`], out));
  return path;
}

async function readJson(path: string, what: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`cannot read ${what} ${path}: ${describeError(error)}`);
  }
}

async function readManifest(directory: string): Promise<ShardManifest> {
  const path = join(directory, SHARD_MANIFEST);
  const result = ShardManifestSchema.safeParse(await readJson(path, 'the shard manifest'));
  if (!result.success) throw new UsageError(`${path} is not a shard manifest (${SHARD_FORMAT})`);
  return result.data;
}

/** The shards' outputs put together, as one machine would have scanned them. */
export interface MergedShards {
  /** On disk, de-duplicated by finding UID, each carrying its account from the plan, in account order. */
  findings: FindingSpool;
  /** Every account of every shard: as the shard recorded it, or `failed` when its shard is missing. */
  outcomes: AccountOutcome[];
  failures: ReadFailure[];
  regions: string[];
  startedAt: Date;
  finishedAt: Date;
  missingShards: number[];
}

/**
 * Reads each shard folder, checks that it belongs to `plan` and that no shard is given twice, and
 * puts the findings together. A shard whose folder is missing (its job failed) does not stop the
 * merge: its accounts are recorded as failed, so the report says what it lacks.
 */
export async function mergeShards(directories: readonly string[], plan: ScanPlan): Promise<MergedShards> {
  const byIndex = new Map<number, { directory: string; manifest: ShardManifest }>();
  for (const directory of directories) {
    const manifest = await readManifest(directory);
    if (manifest.planId !== plan.planId) {
      throw new UsageError(`${directory} is a shard of another plan (${manifest.planId}, not ${plan.planId})`);
    }
    const earlier = byIndex.get(manifest.shard.index);
    if (earlier) throw new UsageError(`${directory} and ${earlier.directory} are both shard ${manifest.shard.index}/${manifest.shard.count}`);
    byIndex.set(manifest.shard.index, { directory, manifest });
  }
  const members = new Map<string, MemberAccount>(plan.shards.flatMap((shard) => shard.accounts.map((account) => [account.id, account] as const)));
  const uids = new Set<string>();
  const merged: MergedShards = { findings: new FindingSpool(), outcomes: [], failures: [], regions: [], startedAt: new Date(8.64e15), finishedAt: new Date(0), missingShards: [] };
  const regions = new Set<string>();
  for (const [position, shard] of plan.shards.entries()) {
    const index = position + 1;
    const found = byIndex.get(index);
    if (!found) {
      merged.missingShards.push(index);
      merged.outcomes.push(...shard.accounts.map((account): AccountOutcome => ({ ...account, status: 'failed', error: `shard ${index}/${plan.shards.length} left no output to merge` })));
      continue;
    }
    const { directory, manifest } = found;
    const accountsFile = (await readJson(join(directory, manifest.accountsFile), 'the accounts file')) as AccountsFile;
    merged.outcomes.push(...accountsFile.accounts.map((outcome) => ({ ...outcome, ...(members.get(outcome.id) ?? {}) })));
    const scan = await readOcsfFile(join(directory, manifest.findingsFile), 'the shard findings', readOcsfScan).catch((error: unknown) => {
      // A shard without findings (every account denied) writes a Scan Activity and no finding.
      if (error instanceof UsageError && /holds no findings/.test(error.message)) return { findings: [] };
      throw error;
    });
    // One shard's findings in memory at a time: the spool keeps them on disk, account by account.
    const byAccount = new Map<string, Finding[]>();
    for (const finding of withKnownMetadata(scan.findings)) {
      if (uids.has(finding.uid)) continue;
      uids.add(finding.uid);
      const account = members.get(finding.accountId);
      const ofAccount = byAccount.get(finding.accountId) ?? [];
      ofAccount.push(account ? { ...finding, account } : finding);
      byAccount.set(finding.accountId, ofAccount);
    }
    for (const [accountId, ofAccount] of byAccount) await merged.findings.add(accountId, ofAccount);
    merged.failures.push(...manifest.failures);
    manifest.regions.forEach((region) => regions.add(region));
    if (Date.parse(manifest.startedAt) < merged.startedAt.getTime()) merged.startedAt = new Date(manifest.startedAt);
    if (Date.parse(manifest.finishedAt) > merged.finishedAt.getTime()) merged.finishedAt = new Date(manifest.finishedAt);
  }
  merged.regions = [...regions].sort();
  if (byIndex.size === 0) merged.startedAt = merged.finishedAt = new Date();
  return merged;
}
