import { SEVERITIES, type Severity } from '../checks/check.js';
import type { Finding } from './finding.js';
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
      SEVERITIES.indexOf(finding.severity) <= lowestCounted &&
      !policy.baseline?.knows(finding),
  );
}

/** The rule in words, for the summary: which findings fail the build. */
function describeGate(policy: GatePolicy): string {
  return [
    'unmuted FAIL findings',
    policy.failOn ? ` at or above ${policy.failOn}` : '',
    policy.baseline ? ' not in the baseline' : '',
  ].join('');
}

/** The gate's verdict on a scan, as the summary and the webhook tell it. */
export interface GateOutcome {
  /** The findings that fail the build. */
  failures: readonly Finding[];
  /** Which findings count, in words: "unmuted FAIL findings at or above high". */
  rule: string;
  /** `-z`: the verdict is reported but the exit code stays 0. */
  ignored: boolean;
}

export function evaluateGate(findings: readonly Finding[], policy: GatePolicy, ignored: boolean): GateOutcome {
  return { failures: gatingFailures(findings, policy), rule: describeGate(policy), ignored };
}

/** "fail, exit 3 (unmuted FAIL findings at or above high: 4)" or "pass (unmuted FAIL findings: none)". */
export function gateVerdict(gate: GateOutcome): string {
  if (gate.failures.length === 0) return `pass (${gate.rule}: none)`;
  return `${gate.ignored ? 'fail, ignored by -z' : 'fail, exit 3'} (${gate.rule}: ${gate.failures.length})`;
}

