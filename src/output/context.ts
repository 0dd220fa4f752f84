import type { Writable } from 'node:stream';
import type { Finding } from '../findings/finding.js';
import type { AccountScope } from '../provider/provider.js';
import type { FrameworkAssessment } from '../compliance/assess.js';
import type { ReadFailure } from '../services/resource-map.js';
import type { PacingCounts } from '../provider/pacing.js';
import type { OrganizationContext } from '../organization/account.js';

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
  /** What the pacing did: attempts sent, calls that waited for their bucket, throttles met, retries. */
  pacing?: PacingCounts;
  /**
   * Every framework's verdicts, judged on all findings before `--status` narrows what the files
   * get; absent until the pipeline (or `scanner report`) has judged them.
   */
  compliance?: readonly FrameworkAssessment[];
  /** Present for an organization scan: the organization and every account's outcome. */
  organization?: OrganizationContext;
}

/**
 * A writer sends one file's content to `out` piece by piece, with backpressure, and ends it; it
 * never holds the whole file in memory and never recomputes a verdict.
 */
export type OutputWriter = (findings: Iterable<Finding>, context: ScanContext, out: Writable) => Promise<void>;
