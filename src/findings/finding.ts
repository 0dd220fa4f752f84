import type { CheckMetadata, Severity, Status } from '../checks/check.js';
import type { MemberAccount } from '../organization/account.js';

/** One verdict on one resource: what every output writer receives. */
export interface Finding {
  /** Stable across scans of the same account: check, account, region and resource. */
  uid: string;
  /** Shared by every finding of the same check, never copied. */
  check: CheckMetadata;
  status: Status;
  /** The check's severity, unless the check rated this finding otherwise. */
  severity: Severity;
  statusExtended: string;
  muted: boolean;
  accountId: string;
  /** In an organization scan, the account's name, email, OU path and tags: one object per account, shared. */
  account?: MemberAccount;
  partition: string;
  region: string;
  resource: {
    arn: string;
    id: string;
    name: string;
    tags: Record<string, string>;
  };
  /** ISO 8601, the end of the scan's data collection. */
  timestamp: string;
}

/**
 * The findings `step` keeps (the finding, a changed copy, or undefined to leave it out), worked out
 * again on every pass rather than held: over findings spooled to disk, nothing piles up in memory.
 */
export function eachThrough(findings: Iterable<Finding>, step: (finding: Finding) => Finding | undefined): Iterable<Finding> {
  return {
    *[Symbol.iterator]() {
      for (const finding of findings) {
        const kept = step(finding);
        if (kept) yield kept;
      }
    },
  };
}
