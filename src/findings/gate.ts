import { SEVERITIES, type Severity } from '../checks/check.js';
import type { Finding } from './finding.js';
import type { Baseline } from './baseline.js';

/** When a scan should fail a build: `--fail-on`, `--baseline`, `--fail-on-compliance`. */
export interface GatePolicy {
  /** Only failures at or above this severity count. */
  failOn?: Severity;
  /** Only failures this earlier scan did not have count. */
  baseline?: Baseline;
  /**
   * `--fail-on-compliance` parts with a failing requirement (`cis_6.0_aws:2`). Named alone, the
   * standard is the gate: findings outside it do not fail the build.
   */
  failingStandards?: readonly string[];
}

/** The findings that make a scan exit 3: unmuted FAILs that pass every part of the policy. */
export function gatingFailures(findings: Iterable<Finding>, policy: GatePolicy): Finding[] {
  const lowestCounted = policy.failOn ? SEVERITIES.indexOf(policy.failOn) : SEVERITIES.length - 1;
  const failures: Finding[] = [];
  for (const finding of findings) {
    const counted = finding.status === 'FAIL' && !finding.muted && SEVERITIES.indexOf(finding.severity) <= lowestCounted;
    if (counted && !policy.baseline?.knows(finding)) failures.push(finding);
  }
  return failures;
}

/** Whether findings gate at all: not when a standard is the only gate named. */
function findingsGate(policy: GatePolicy): boolean {
  return policy.failingStandards === undefined || policy.failOn !== undefined || policy.baseline !== undefined;
}

/** The rule in words, for the summary: which findings fail the build. */
function describeGate(policy: GatePolicy): string {
  if (!findingsGate(policy)) return 'requirements FAIL in the gated standards';
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
  /** `--fail-on-compliance` parts with a failing requirement, which fail the build too. */
  failingStandards: readonly string[];
  /** Which findings count, in words: "unmuted FAIL findings at or above high". */
  rule: string;
  /** `-z`: the verdict is reported but the exit code stays 0. */
  ignored: boolean;
}

export function evaluateGate(findings: Iterable<Finding>, policy: GatePolicy, ignored: boolean): GateOutcome {
  return {
    failures: findingsGate(policy) ? gatingFailures(findings, policy) : [],
    failingStandards: policy.failingStandards ?? [],
    rule: describeGate(policy),
    ignored,
  };
}

export function gateFails(gate: GateOutcome): boolean {
  return gate.failures.length > 0 || gate.failingStandards.length > 0;
}

/** "fail, exit 3 (unmuted FAIL findings at or above high: 4)" or "pass (unmuted FAIL findings: none)". */
export function gateVerdict(gate: GateOutcome): string {
  if (!gateFails(gate)) return `pass (${gate.rule}: none)`;
  const counts = [
    ...(gate.failures.length > 0 || gate.failingStandards.length === 0 ? [`${gate.rule}: ${gate.failures.length}`] : []),
    ...(gate.failingStandards.length > 0 ? [`failing standards: ${gate.failingStandards.join(', ')}`] : []),
  ];
  return `${gate.ignored ? 'fail, ignored by -z' : 'fail, exit 3'} (${counts.join('; ')})`;
}

