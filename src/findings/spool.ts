import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { CheckMetadata, Severity, Status } from '../checks/check.js';
import { ExitCode, ScannerError, describeError } from '../errors.js';
import type { MemberAccount } from '../organization/account.js';
import type { Finding } from './finding.js';

/** One finding as a line of the spool: its fields in a fixed order, the check and account by ID. */
type SpooledFinding = [
  uid: string,
  checkId: string,
  status: Status,
  severity: Severity,
  statusExtended: string,
  muted: 0 | 1,
  accountId: string,
  partition: string,
  region: string,
  arn: string,
  id: string,
  name: string,
  tags: Record<string, string>,
  timestamp: string,
];

/** Bytes read from a spool file at a time while its findings are replayed. */
const READ_CHUNK_BYTES = 1 << 20;
/** Lines written to a spool file at a time: one write each, not one per finding. */
const LINES_PER_WRITE = 500;

function spooled(finding: Finding): SpooledFinding {
  const { resource } = finding;
  return [
    finding.uid,
    finding.check.id,
    finding.status,
    finding.severity,
    finding.statusExtended,
    finding.muted ? 1 : 0,
    finding.accountId,
    finding.partition,
    finding.region,
    resource.arn,
    resource.id,
    resource.name,
    resource.tags,
    finding.timestamp,
  ];
}

function* spooledLines(findings: readonly Finding[]): Generator<string> {
  for (let start = 0; start < findings.length; start += LINES_PER_WRITE) {
    yield findings
      .slice(start, start + LINES_PER_WRITE)
      .map((finding) => `${JSON.stringify(spooled(finding))}\n`)
      .join('');
  }
}

function* linesOf(path: string): Generator<string> {
  const file = openSync(path, 'r');
  const buffer = Buffer.allocUnsafe(READ_CHUNK_BYTES);
  const decoder = new StringDecoder('utf8');
  let partial = '';
  try {
    for (let read = readSync(file, buffer); read > 0; read = readSync(file, buffer)) {
      const lines = (partial + decoder.write(buffer.subarray(0, read))).split('\n');
      partial = lines.pop()!;
      yield* lines;
    }
  } finally {
    closeSync(file);
  }
  if (partial !== '') yield partial;
}

/**
 * The findings of an organization's accounts, on disk rather than in memory: each account's
 * findings are one file in a private temporary folder, and every pass over them reads the files
 * again, in account ID order, whatever order the accounts were added in. Each finding read back
 * shares its check's metadata and its account's facts with the others, as scanned findings do.
 * `remove()` deletes the folder; so does the process's exit, should the run end before it.
 */
export class FindingSpool implements Iterable<Finding> {
  /** The private temporary folder the files are in. */
  readonly folder: string;
  private readonly files = new Map<string, string>();
  /** What the findings share, kept once here rather than on every line. */
  private readonly checks = new Map<string, CheckMetadata>();
  private readonly accounts = new Map<string, MemberAccount>();
  private readonly removeOnExit = () => this.remove();
  private counted = 0;

  constructor() {
    try {
      this.folder = mkdtempSync(join(tmpdir(), 'scanner-findings-'));
    } catch (error) {
      throw new ScannerError(`cannot keep the findings in a folder under ${tmpdir()} (set TMPDIR to a folder with room): ${describeError(error)}`, ExitCode.runtimeFailure, error);
    }
    process.once('exit', this.removeOnExit);
  }

  /** How many findings the spool holds. */
  get size(): number {
    return this.counted;
  }

  /** Adds findings of one account, after those it already holds of that account. */
  async add(accountId: string, findings: readonly Finding[]): Promise<void> {
    const path = join(this.folder, `${accountId}.jsonl`);
    await writeFile(path, spooledLines(findings), { flag: 'a' }).catch((error: unknown) => {
      throw new ScannerError(`cannot keep the findings of account ${accountId} in ${this.folder} (set TMPDIR to a folder with room): ${describeError(error)}`, ExitCode.runtimeFailure, error);
    });
    this.files.set(accountId, path);
    for (const finding of findings) {
      this.checks.set(finding.check.id, finding.check);
      if (finding.account) this.accounts.set(finding.accountId, finding.account);
    }
    this.counted += findings.length;
  }

  *[Symbol.iterator](): Iterator<Finding> {
    for (const accountId of [...this.files.keys()].sort()) {
      for (const line of linesOf(this.files.get(accountId)!)) yield this.revived(JSON.parse(line) as SpooledFinding);
    }
  }

  remove(): void {
    rmSync(this.folder, { recursive: true, force: true });
    process.removeListener('exit', this.removeOnExit);
  }

  private revived([uid, checkId, status, severity, statusExtended, muted, accountId, partition, region, arn, id, name, tags, timestamp]: SpooledFinding): Finding {
    const check = this.checks.get(checkId)!;
    const account = this.accounts.get(accountId);
    return {
      uid,
      check,
      status,
      severity,
      statusExtended,
      muted: muted === 1,
      accountId,
      ...(account ? { account } : {}),
      partition,
      region,
      resource: { arn, id, name, tags },
      timestamp,
    };
  }
}

/**
 * One account's findings as a scan makes them: in memory while they are few, on disk in a spool
 * once there are more than `keptInMemory`. A small scan pays nothing for the spool (each pass over
 * it reads and parses every finding again), and a large one's memory stops growing with its
 * findings. The spool's folder is made at once, so a TMPDIR that cannot hold it fails before the
 * scan rather than after hours of reading.
 */
export class AccountFindings {
  private readonly spool = new FindingSpool();
  private kept: Finding[] = [];
  private spilled = false;

  constructor(private readonly keptInMemory: number) {}

  async add(findings: readonly Finding[]): Promise<void> {
    if (!this.spilled && this.kept.length + findings.length <= this.keptInMemory) {
      for (const finding of findings) this.kept.push(finding);
      return;
    }
    this.spilled = true;
    for (const batch of [this.kept, findings]) if (batch.length > 0) await this.spool.add(batch[0]!.accountId, batch);
    this.kept = [];
  }

  /** Every finding added, in order: from memory, or read back from the spool. */
  get findings(): readonly Finding[] | FindingSpool {
    return this.spilled ? this.spool : this.kept;
  }

  remove(): void {
    this.spool.remove();
  }
}
