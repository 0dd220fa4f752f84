import type { Finding } from '../findings/finding.js';
import type { AccountScope } from '../provider/provider.js';
import type { ReadFailure } from '../services/resource-map.js';

/** What a report says about the scan as a whole, beside its findings. */
export interface ScanContext {
  scanName?: string;
  account: AccountScope;
  scannerVersion: string;
  startedAt: Date;
  finishedAt: Date;
  /** IDs of the checks that ran. */
  checkIds: string[];
  /** Reads that failed: the scopes the report must say it could not see. */
  failures: ReadFailure[];
}

/** A writer turns findings into one file's content; it never recomputes a verdict. */
export type OutputWriter = (findings: readonly Finding[], context: ScanContext) => string;
