import type { Report } from './data.js';

/**
 * Counts over the whole scan for the summary and charts. A column per status of unmuted findings,
 * then one for muted findings whatever their status: accepted risk needs no action.
 */
export interface ScanStats {
  columns: string[];
  /** Findings by column. */
  total: number[];
  bySeverity: number[][];
  byService: number[][];
  byRegion: number[][];
  byCheck: number[][];
  /** Column of unmuted FAIL findings. */
  fail: number;
  pass: number;
}

export function scanStats(report: Report): ScanStats {
  const columns = [...report.statuses, 'muted'];
  const mutedColumn = columns.length - 1;
  const table = (rows: number) => Array.from({ length: rows }, () => columns.map(() => 0));
  const stats: ScanStats = {
    columns,
    total: columns.map(() => 0),
    bySeverity: table(report.severities.length),
    byService: table(report.services.length),
    byRegion: table(report.regions.length),
    byCheck: table(report.checks.length),
    fail: report.statuses.indexOf('FAIL'),
    pass: report.statuses.indexOf('PASS'),
  };
  for (let i = 0; i < report.size; i++) {
    const check = report.check[i]!;
    const column = report.muted[i] ? mutedColumn : report.status[i]!;
    stats.total[column]!++;
    stats.bySeverity[report.severity[i]!]![column]!++;
    stats.byService[report.checkService[check]!]![column]!++;
    stats.byRegion[report.region[i]!]![column]!++;
    stats.byCheck[check]![column]!++;
  }
  return stats;
}

/** Row indices with at least one unmuted FAIL, most failures first. */
export function mostFailing(rows: number[][], fail: number): number[] {
  return rows
    .map((row, index) => [index, row[fail]!] as const)
    .filter(([, failing]) => failing > 0)
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([index]) => index);
}
