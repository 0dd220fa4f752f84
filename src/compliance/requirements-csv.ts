import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { checkCatalog } from '../checks/catalog.js';
import type { CheckMetadata } from '../checks/check.js';
import { neutraliseFormula, prowlerCsv } from '../output/csv.js';
import { requirementNotes, type FrameworkAssessment, type RequirementAssessment } from './assess.js';
import { profileOf } from './framework.js';

export const REQUIREMENTS_CSV_COLUMNS = [
  'REQUIREMENT_ID',
  'SECTION',
  'SUBSECTION',
  'PROFILE',
  'TITLE',
  'VERDICT',
  'PASS',
  'FAIL',
  'MUTED',
  'ERROR',
  'MANUAL',
  'CHECKS',
  'NOTES',
  'REMEDIATION_URL',
] as const;

/** Where to read how to fix it: the first failing check's guidance, else the first mapped check's. */
function remediationUrl(assessed: RequirementAssessment, failing: ReadonlySet<string>, catalog: ReadonlyMap<string, CheckMetadata>): string {
  const checks = assessed.requirement.checks.map((id) => catalog.get(id)).filter((check): check is CheckMetadata => check !== undefined);
  const withUrl = checks.filter((check) => check.remediation.url);
  return (withUrl.find((check) => failing.has(check.id)) ?? withUrl[0])?.remediation.url ?? '';
}

function* records(assessment: FrameworkAssessment, failingChecks: ReadonlySet<string>): Generator<string[]> {
  const catalog = new Map(checkCatalog.map((check) => [check.id, check]));
  yield [...REQUIREMENTS_CSV_COLUMNS];
  for (const assessed of assessment.requirements) {
    const { requirement, counts, section } = assessed;
    yield [
      requirement.id,
      section[0] ?? '',
      section[1] ?? '',
      profileOf(requirement) ?? '',
      requirement.title ?? '',
      assessed.verdict,
      String(counts.pass),
      String(counts.fail),
      String(counts.muted),
      String(counts.error),
      String(counts.manual),
      requirement.checks.join(' | '),
      requirementNotes(assessed).join(' | '),
      remediationUrl(assessed, failingChecks, catalog),
    ].map(neutraliseFormula);
  }
}

/**
 * `<name>_<framework>.requirements.csv`: one row per requirement with its verdict and the counts
 * behind it, in the framework's order. `failingChecks` are the checks with unmuted FAIL findings,
 * whose guidance the remediation link prefers.
 */
export function writeRequirementsCsv(assessment: FrameworkAssessment, failingChecks: ReadonlySet<string>, out: Writable): Promise<void> {
  return pipeline(records(assessment, failingChecks), prowlerCsv(), out);
}
