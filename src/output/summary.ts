import { basename, dirname, sep } from 'node:path';
import { SEVERITIES, STATUSES } from '../checks/check.js';
import type { Finding } from '../findings/finding.js';
import type { BaselineComparison } from '../findings/baseline.js';
import { gateVerdict, type GateOutcome } from '../findings/gate.js';
import type { ScanContext } from './context.js';
import { countFindings, scanDurationSeconds, unreadScopeCount } from './counts.js';

/** What the summary says beyond the findings themselves. */
export interface SummaryExtras {
  paths: readonly string[];
  /** Set when `--baseline` was given. */
  baseline?: { source: string; comparison: BaselineComparison };
  /** Where the outputs were uploaded, and links to share. */
  uploaded?: { location: string; links: readonly { label: string; url: string }[] };
  gate: GateOutcome;
  /** Requirement verdicts per framework, already laid out. */
  compliance?: readonly string[];
}

/** How many of a list a summary names before saying "and N more". */
const LISTED = 10;

/** Resource IDs come from the scanned account: control characters must not reach the terminal. */
function printable(text: string): string {
  return text.replace(/\p{Cc}+/gu, ' ');
}

function describeFailure(finding: Finding): string {
  return `[${finding.severity}] ${finding.check.id} on ${printable(finding.resource.id || finding.resource.arn)} (${finding.region})`;
}

function listed(findings: readonly Finding[]): string[] {
  const lines = findings.slice(0, LISTED).map((f) => `    ${describeFailure(f)}`);
  if (findings.length > LISTED) lines.push(`    ... and ${findings.length - LISTED} more`);
  return lines;
}

/** Output paths, the compliance folder's two files per framework as one line. */
function listedPaths(paths: readonly string[]): string[] {
  const inComplianceFolder = (path: string) => basename(dirname(path)) === 'compliance';
  const compliance = paths.filter(inComplianceFolder);
  return [
    ...paths.filter((path) => !inComplianceFolder(path)).map((path) => `  ${path}`),
    ...(compliance.length > 0 ? [`  ${dirname(compliance[0]!)}${sep} (${compliance.length} compliance CSVs: per framework, its findings and its requirements)`] : []),
  ];
}

/** What could not be read, by scope: the ERROR findings repeat it per check. */
function incompleteLine(failures: ScanContext['failures']): string {
  const scopes = unreadScopeCount(failures);
  const regions = new Set(failures.map((f) => f.region));
  const operations = [...new Set(failures.map((f) => `${f.service}:${f.operation}`))].sort();
  const shown = operations.length > LISTED ? [...operations.slice(0, LISTED), `${operations.length - LISTED} more`] : operations;
  return (
    `  Incomplete: ${scopes} scope${scopes === 1 ? '' : 's'} in ${regions.size} region${regions.size === 1 ? '' : 's'} could not be read ` +
    `(${shown.join(', ')}); the checks that needed them report ERROR, not PASS`
  );
}

/** The few lines a person (or a CI log) reads after a scan: counts, unreadable scopes, files, the verdict. */
export function renderSummary(findings: Iterable<Finding>, context: ScanContext, extras: SummaryExtras): string {
  const { byStatus, failBySeverity, muted } = countFindings(findings);
  const total = STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
  const seconds = scanDurationSeconds(context).toFixed(1);
  const { account } = context;
  const lines = [
    `${context.scanName ? `${context.scanName}: ` : ''}account ${account.id}${account.alias ? ` (${account.alias})` : ''} as ${account.callerArn}`,
    `${context.checkIds.length} checks in ${account.regions.length} region${account.regions.length === 1 ? '' : 's'}, ${total} findings in ${seconds} s`,
    `  ${STATUSES.map((s) => `${s} ${byStatus[s]}`).join('   ')}${muted ? `   (${muted} muted)` : ''}`,
    `  unmuted FAIL by severity: ${SEVERITIES.map((s) => `${s} ${failBySeverity[s]}`).join(', ')}`,
  ];
  if (context.pacing) {
    const { sent, paced, throttled, retried } = context.pacing;
    lines.push(`  ${sent} API calls: ${paced} paced to AWS's rates, ${throttled} throttled, ${retried} retried`);
  }
  if (context.failures.length > 0) lines.push(incompleteLine(context.failures));
  if (extras.baseline) {
    const { new: added, fixed, unchanged } = extras.baseline.comparison;
    lines.push(`Against the baseline ${extras.baseline.source}: ${added.length} new, ${fixed.length} fixed, ${unchanged.length} unchanged failures`);
    for (const [label, list] of [['new', added], ['fixed', fixed], ['unchanged', unchanged]] as const) {
      if (list.length > 0) lines.push(`  ${label}:`, ...listed(list));
    }
  }
  if (extras.compliance) lines.push(...extras.compliance);
  if (extras.paths.length > 0) lines.push('Outputs:', ...listedPaths(extras.paths));
  if (extras.uploaded) {
    lines.push(`Uploaded to ${extras.uploaded.location}`, ...extras.uploaded.links.map((l) => `  ${l.label}: ${l.url}`));
  }
  lines.push(`Result: ${gateVerdict(extras.gate)}`);
  return `${lines.join('\n')}\n`;
}
