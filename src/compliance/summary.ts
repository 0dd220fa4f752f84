import { countVerdicts, type FrameworkAssessment, type RequirementAssessment, type RequirementVerdict } from './assess.js';
import type { ComplianceGate, ComplianceGateFailure } from './select.js';

/** Shown after a scan when no framework was named: the standards customers ask about most. */
export const FEATURED_FRAMEWORKS = [
  'cis_7.0_aws',
  'aws_foundational_security_best_practices_aws',
  'pci_4.0_aws',
  'iso27001_2022_aws',
  'prowler_threatscore_aws',
] as const;

const COLUMNS: readonly [string, (verdicts: Record<RequirementVerdict, number>) => number][] = [
  ['PASS', (v) => v.PASS],
  ['FAIL', (v) => v.FAIL],
  ['ERROR', (v) => v.ERROR],
  ['MANUAL', (v) => v.MANUAL],
  ['N/A', (v) => v.NOT_APPLICABLE],
  ['NOT RUN', (v) => v.NOT_ASSESSED + v.NOT_AUTOMATED_YET],
];

function table(heading: string, rows: readonly { label: string; score?: string; verdicts: Record<RequirementVerdict, number> }[], withScore: boolean): string[] {
  const width = Math.max(heading.length, ...rows.map((row) => row.label.length));
  const cells = (values: readonly string[]) => values.map((value, index) => value.padStart(COLUMNS[index]![0].length + 2)).join('');
  const score = (value: string) => (withScore ? value.padStart(7) : '');
  return [
    `  ${heading.padEnd(width)}${score('SCORE')}${cells(COLUMNS.map(([name]) => name))}`,
    ...rows.map((row) => `  ${row.label.padEnd(width)}${score(row.score ?? '')}${cells(COLUMNS.map(([, count]) => String(count(row.verdicts))))}`),
  ];
}

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** A framework's requirements by top-level section, in the framework's order, as Prowler's CIS table groups them. */
function sectionRows(assessment: FrameworkAssessment) {
  const bySection = new Map<string, RequirementAssessment[]>();
  for (const assessed of assessment.requirements) {
    const section = assessed.section[0] ?? '(no section)';
    bySection.set(section, [...(bySection.get(section) ?? []), assessed]);
  }
  return [...bySection].map(([label, requirements]) => ({ label: label.length > 60 ? `${label.slice(0, 59)}…` : label, verdicts: countVerdicts(requirements) }));
}

export interface ComplianceSummary {
  assessments: readonly FrameworkAssessment[];
  /** Frameworks named on the command line: each gets its section table. */
  named: readonly string[];
  gates: readonly ComplianceGate[];
  gateFailures: readonly ComplianceGateFailure[];
}

/**
 * The compliance lines of the scan summary: requirement verdicts per framework (the named ones, or
 * the featured few), a section table for each named framework, and the `--fail-on-compliance` verdict.
 */
export function renderComplianceSummary({ assessments, named, gates, gateFailures }: ComplianceSummary): string[] {
  const shown = named.length > 0 ? named : FEATURED_FRAMEWORKS;
  const listed = assessments.filter((assessment) => shown.includes(assessment.framework.name));
  const lines = [
    `Compliance: requirements by verdict (${assessments.length} frameworks judged${named.length > 0 ? '' : '; name others with --compliance'})`,
    ...table(
      'FRAMEWORK',
      listed.map(({ framework, verdicts, score }) => ({ label: framework.name, score: percent(score), verdicts })),
      true,
    ),
  ];
  for (const assessment of listed.filter((candidate) => named.includes(candidate.framework.name))) {
    lines.push(`${assessment.framework.title} by section:`, ...table('SECTION', sectionRows(assessment), false));
  }
  for (const gate of gates) {
    const label = `${gate.framework.name}${gate.part === undefined ? '' : `:${gate.part}`}`;
    const failure = gateFailures.find((candidate) => candidate.gate === gate);
    lines.push(
      failure
        ? `Compliance gate ${label}: fail (${failure.failing.length} requirement${failure.failing.length === 1 ? '' : 's'} FAIL: ${failure.failing.slice(0, 10).join(', ')}${failure.failing.length > 10 ? ', ...' : ''})`
        : `Compliance gate ${label}: pass (no requirement FAIL)`,
    );
  }
  return lines;
}
