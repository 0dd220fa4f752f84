import { SEVERITIES, STATUSES } from '../checks/check.js';
import type { Finding } from '../checks/finding.js';
import type { ScanContext } from './context.js';

function countBy<K extends string>(findings: readonly Finding[], keys: readonly K[], key: (f: Finding) => K): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const finding of findings) counts[key(finding)] += 1;
  return counts;
}

/** The few lines a person (or a CI log) reads after a scan: counts, unreadable scopes, files. */
export function renderSummary(findings: readonly Finding[], context: ScanContext, paths: readonly string[]): string {
  const byStatus = countBy(findings, STATUSES, (f) => f.status);
  const failing = findings.filter((f) => f.status === 'FAIL' && !f.muted);
  const failBySeverity = countBy(failing, SEVERITIES, (f) => f.check.severity);
  const seconds = ((context.finishedAt.getTime() - context.startedAt.getTime()) / 1000).toFixed(1);
  const regions = context.account.regions;
  const lines = [
    `${context.scanName ? `${context.scanName}: ` : ''}account ${context.account.id} as ${context.account.callerArn}`,
    `${context.checkIds.length} checks in ${regions.length} region${regions.length === 1 ? '' : 's'}, ${findings.length} findings in ${seconds} s`,
    `  ${STATUSES.map((s) => `${s} ${byStatus[s]}`).join('   ')}`,
    `  FAIL by severity: ${SEVERITIES.map((s) => `${s} ${failBySeverity[s]}`).join(', ')}`,
  ];
  if (context.failures.length > 0) {
    const operations = [...new Set(context.failures.map((f) => `${f.service}:${f.operation}`))].sort();
    lines.push(
      `  ${context.failures.length} read(s) failed (${operations.join(', ')}): affected checks report ERROR, not PASS`,
    );
  }
  if (paths.length > 0) lines.push('Outputs:', ...paths.map((p) => `  ${p}`));
  return `${lines.join('\n')}\n`;
}
