import { SEVERITIES, STATUSES, type Severity, type Status } from '../checks/check.js';
import type { Finding } from '../findings/finding.js';
import type { ScanContext } from './context.js';

/** The numbers every summary of a scan reports, whether printed, posted or rendered. */
export interface FindingCounts {
  /** Every finding by status, muted ones included. */
  byStatus: Record<Status, number>;
  /** Unmuted FAIL findings by severity: what gates a build and what a reader acts on. */
  failBySeverity: Record<Severity, number>;
  /** Unmuted FAIL findings, all severities. */
  failing: number;
  muted: number;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

/** In one pass: the findings may be on disk, read again for every pass. */
export function countFindings(findings: Iterable<Finding>): FindingCounts {
  const counts: FindingCounts = { byStatus: zeroes(STATUSES), failBySeverity: zeroes(SEVERITIES), failing: 0, muted: 0 };
  for (const finding of findings) {
    counts.byStatus[finding.status] += 1;
    if (finding.muted) counts.muted += 1;
    else if (finding.status === 'FAIL') {
      counts.failBySeverity[finding.severity] += 1;
      counts.failing += 1;
    }
  }
  return counts;
}

/**
 * What could not be read, counted once per scope (a region's listing of a service, or one
 * resource) however many calls failed in it and however many checks needed it. The printed
 * summary and the HTML report both give this number.
 */
export function unreadScopeCount(failures: ScanContext['failures']): number {
  return new Set(failures.map((failure) => `${failure.region}|${failure.resourceArn ?? `${failure.service} listing`}`)).size;
}

/** Wall time from the start of the scan to the end of data collection. */
export function scanDurationSeconds(context: ScanContext): number {
  return (context.finishedAt.getTime() - context.startedAt.getTime()) / 1000;
}
