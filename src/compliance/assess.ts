import type { Finding } from '../findings/finding.js';
import { sectionPath, type ComplianceFramework, type ConfigRequirement, type Requirement } from './framework.js';

/**
 * A requirement's verdict. NOT_ASSESSED is ours: its checks exist but were left out of this scan
 * (`--checks`, `--services`), so the scan says nothing about it either way.
 */
export const REQUIREMENT_VERDICTS = ['FAIL', 'ERROR', 'PASS', 'MANUAL', 'NOT_APPLICABLE', 'NOT_AUTOMATED_YET', 'NOT_ASSESSED'] as const;
export type RequirementVerdict = (typeof REQUIREMENT_VERDICTS)[number];

/** Findings of a requirement's checks by outcome; muted findings count only as muted. */
export interface FindingCounts {
  pass: number;
  fail: number;
  error: number;
  manual: number;
  muted: number;
}

export interface RequirementAssessment {
  requirement: Requirement;
  /** Outermost first; empty when the framework has no sections. */
  section: string[];
  verdict: RequirementVerdict;
  counts: FindingCounts;
  /** Mapped checks scanner does not have: the requirement cannot pass until it has them. */
  missingChecks: string[];
  /** Mapped checks this scan did not run. */
  checksNotRun: string[];
  /** Checks the scan ran with a configuration too lenient for the requirement, and why. */
  configViolations: ConfigViolation[];
}

export interface ConfigViolation {
  check: string;
  /** One line: the key, the value the scan used, and what the requirement needs. */
  message: string;
}

export interface FrameworkAssessment {
  framework: ComplianceFramework;
  requirements: RequirementAssessment[];
  verdicts: Record<RequirementVerdict, number>;
  /**
   * Share of the requirements a scan can judge (PASS, FAIL, ERROR) that PASS, from 0 to 1; null
   * when the scan judged none.
   */
  score: number | null;
  /** Share of all requirements that have checks mapped: what automation can evidence at all. */
  coverage: number;
}

export interface AssessmentScope {
  /** Checks that ran in the scan. */
  checksRun: ReadonlySet<string>;
  /** Every check scanner has. */
  checksKnown: ReadonlySet<string>;
  /** The scan's configuration, for requirements that need a strict enough one; absent when unknown. */
  config?: Readonly<Record<string, unknown>>;
}

const noFindings = (): FindingCounts => ({ pass: 0, fail: 0, error: 0, manual: 0, muted: 0 });

/** One pass over the findings: every requirement then reads its checks' totals. */
export function countByCheck(findings: Iterable<Finding>): Map<string, FindingCounts> {
  const byCheck = new Map<string, FindingCounts>();
  for (const finding of findings) countFinding(byCheck, finding);
  return byCheck;
}

/** Adds one finding to its check's totals. */
export function countFinding(byCheck: Map<string, FindingCounts>, finding: Finding): void {
  let counts = byCheck.get(finding.check.id);
  if (!counts) byCheck.set(finding.check.id, (counts = noFindings()));
  if (finding.muted) counts.muted += 1;
  else if (finding.status === 'PASS') counts.pass += 1;
  else if (finding.status === 'FAIL') counts.fail += 1;
  else if (finding.status === 'ERROR') counts.error += 1;
  else counts.manual += 1;
}

function satisfies(applied: unknown, operator: ConfigRequirement['operator'], expected: unknown): boolean {
  switch (operator) {
    case 'lte':
      return typeof applied === 'number' && typeof expected === 'number' && applied <= expected;
    case 'gte':
      return typeof applied === 'number' && typeof expected === 'number' && applied >= expected;
    case 'eq':
      return applied === expected;
    case 'in':
      return Array.isArray(expected) && expected.includes(applied);
    case 'subset':
      return Array.isArray(applied) && Array.isArray(expected) && applied.every((value) => expected.includes(value));
    case 'superset':
      return Array.isArray(applied) && Array.isArray(expected) && expected.every((value) => applied.includes(value));
  }
}

const shown = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

const NEEDS: Record<ConfigRequirement['operator'], string> = {
  lte: 'at most',
  gte: 'at least',
  eq: 'exactly',
  in: 'one of',
  subset: 'only values among',
  superset: 'every one of',
};

/** The requirement's configuration rules that the scan's configuration breaks, for checks that ran. */
export function configViolations(requirement: Requirement, scope: AssessmentScope): ConfigViolation[] {
  const { config } = scope;
  if (!config || !requirement.configRequirements) return [];
  return requirement.configRequirements
    .filter((rule) => scope.checksRun.has(rule.check) && !satisfies(config[rule.key], rule.operator, rule.value))
    .map((rule) => ({
      check: rule.check,
      message: `${rule.check} ran with ${rule.key} = ${shown(config[rule.key])}; this requirement needs ${NEEDS[rule.operator]} ${shown(rule.value)}`,
    }));
}

function add(total: FindingCounts, counts: FindingCounts | undefined): void {
  if (!counts) return;
  total.pass += counts.pass;
  total.fail += counts.fail;
  total.error += counts.error;
  total.manual += counts.manual;
  total.muted += counts.muted;
}

/**
 * The verdict rules, strongest first: any unmuted FAIL (or a too lenient configuration for a check
 * that judged something) is FAIL; a missing or skipped check keeps it from passing; then ERROR,
 * MANUAL, PASS; nothing judged is NOT_APPLICABLE. Muted failures are accepted exceptions, not
 * failures: a requirement whose only findings are muted passes, and shows them as muted.
 */
function verdictOf(requirement: Requirement, counts: FindingCounts, gaps: Pick<RequirementAssessment, 'missingChecks' | 'checksNotRun' | 'configViolations'>): RequirementVerdict {
  if (requirement.checks.length === 0) return 'MANUAL';
  const judged = counts.pass + counts.fail + counts.error + counts.manual;
  if (counts.fail > 0 || (gaps.configViolations.length > 0 && judged > 0)) return 'FAIL';
  if (gaps.missingChecks.length > 0) return 'NOT_AUTOMATED_YET';
  if (gaps.checksNotRun.length > 0) return 'NOT_ASSESSED';
  if (counts.error > 0) return 'ERROR';
  if (counts.manual > 0) return 'MANUAL';
  if (counts.pass > 0 || counts.muted > 0) return 'PASS';
  return 'NOT_APPLICABLE';
}

function countsOf(requirement: Requirement, byCheck: ReadonlyMap<string, FindingCounts>): FindingCounts {
  const counts = noFindings();
  for (const check of new Set(requirement.checks)) add(counts, byCheck.get(check));
  return counts;
}

export function assessRequirement(requirement: Requirement, byCheck: ReadonlyMap<string, FindingCounts>, scope: AssessmentScope): RequirementAssessment {
  const counts = countsOf(requirement, byCheck);
  const gaps = {
    missingChecks: requirement.checks.filter((check) => !scope.checksKnown.has(check)),
    checksNotRun: requirement.checks.filter((check) => scope.checksKnown.has(check) && !scope.checksRun.has(check)),
    configViolations: configViolations(requirement, scope),
  };
  return { requirement, section: sectionPath(requirement), verdict: verdictOf(requirement, counts, gaps), counts, ...gaps };
}

/**
 * A requirement judged again on part of the scan's findings (one account's, in an organization
 * scan). Its gaps (missing checks, checks not run, a too lenient configuration) belong to the scan,
 * not to the findings, so they carry over from the scan-wide assessment.
 */
export function rejudgeRequirement(assessed: RequirementAssessment, byCheck: ReadonlyMap<string, FindingCounts>): RequirementVerdict {
  return verdictOf(assessed.requirement, countsOf(assessed.requirement, byCheck), assessed);
}

/** Why a requirement cannot pass as things stand, one line each, as the report and CSV say it. */
export function requirementNotes(assessed: RequirementAssessment): string[] {
  return [
    ...assessed.missingChecks.map((check) => `${check} is not in scanner yet`),
    ...assessed.checksNotRun.map((check) => `${check} was not part of this scan`),
    ...assessed.configViolations.map((violation) => violation.message),
  ];
}

export function countVerdicts(requirements: readonly RequirementAssessment[]): Record<RequirementVerdict, number> {
  const verdicts = Object.fromEntries(REQUIREMENT_VERDICTS.map((verdict) => [verdict, 0])) as Record<RequirementVerdict, number>;
  for (const { verdict } of requirements) verdicts[verdict] += 1;
  return verdicts;
}

export function assessFramework(framework: ComplianceFramework, byCheck: ReadonlyMap<string, FindingCounts>, scope: AssessmentScope): FrameworkAssessment {
  const requirements = framework.requirements.map((requirement) => assessRequirement(requirement, byCheck, scope));
  const verdicts = countVerdicts(requirements);
  const judged = verdicts.PASS + verdicts.FAIL + verdicts.ERROR;
  const automated = framework.requirements.filter((requirement) => requirement.checks.length > 0).length;
  return {
    framework,
    requirements,
    verdicts,
    score: judged === 0 ? null : verdicts.PASS / judged,
    coverage: automated / framework.requirements.length,
  };
}

/** Every framework's verdicts for one set of findings. */
export function assessCompliance(frameworks: readonly ComplianceFramework[], findings: Iterable<Finding>, scope: AssessmentScope): FrameworkAssessment[] {
  const byCheck = countByCheck(findings);
  return frameworks.map((framework) => assessFramework(framework, byCheck, scope));
}
