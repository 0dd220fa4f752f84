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

function countBy<K extends string>(findings: readonly Finding[], keys: readonly K[], key: (f: Finding) => K): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const finding of findings) counts[key(finding)] += 1;
  return counts;
}

export function countFindings(findings: readonly Finding[]): FindingCounts {
  const failing = findings.filter((f) => f.status === 'FAIL' && !f.muted);
  return {
    byStatus: countBy(findings, STATUSES, (f) => f.status),
    failBySeverity: countBy(failing, SEVERITIES, (f) => f.severity),
    failing: failing.length,
    muted: findings.filter((f) => f.muted).length,
  };
}

/** Wall time from the start of the scan to the end of data collection. */
export function scanDurationSeconds(context: ScanContext): number {
  return (context.finishedAt.getTime() - context.startedAt.getTime()) / 1000;
}
