import { SEVERITIES, type Severity } from '../checks/check.js';
import type { Finding } from '../checks/finding.js';
import type { Baseline } from './baseline.js';

/** When a scan should fail a build: `--fail-on`, `--baseline`. */
export interface GatePolicy {
  /** Only failures at or above this severity count. */
  failOn?: Severity;
  /** Only failures this earlier scan did not have count. */
  baseline?: Baseline;
}

/** The findings that make a scan exit 3: unmuted FAILs that pass every part of the policy. */
export function gatingFailures(findings: readonly Finding[], policy: GatePolicy): Finding[] {
  const lowestCounted = policy.failOn ? SEVERITIES.indexOf(policy.failOn) : SEVERITIES.length - 1;
  return findings.filter(
    (finding) =>
      finding.status === 'FAIL' &&
      !finding.muted &&
      SEVERITIES.indexOf(finding.check.severity) <= lowestCounted &&
      !policy.baseline?.knows(finding),
  );
}

/** The rule in words, for the summary: which findings fail the build. */
export function describeGate(policy: GatePolicy): string {
  return [
    'unmuted FAIL findings',
    policy.failOn ? ` at or above ${policy.failOn}` : '',
    policy.baseline ? ' not in the baseline' : '',
  ].join('');
}
