import { checkCatalog } from '../../checks/catalog.js';
import { REQUIREMENT_VERDICTS, requirementNotes, type FrameworkAssessment, type RequirementAssessment } from '../../compliance/assess.js';
import { profileOf } from '../../compliance/framework.js';
import type { CompliancePayload, RequirementFacts } from './payload.js';

function requirementFacts(assessed: RequirementAssessment): RequirementFacts {
  const { requirement, counts } = assessed;
  return {
    id: requirement.id,
    title: requirement.title ?? null,
    section: assessed.section,
    profile: profileOf(requirement) ?? null,
    verdict: REQUIREMENT_VERDICTS.indexOf(assessed.verdict),
    counts: [counts.pass, counts.fail, counts.muted, counts.error, counts.manual],
    checks: requirement.checks,
    notes: requirementNotes(assessed),
  };
}

/** The frameworks' verdicts as the report app reads them. */
export function compliancePayload(assessments: readonly FrameworkAssessment[]): CompliancePayload {
  const mapped = new Set(assessments.flatMap(({ framework }) => framework.requirements.flatMap((requirement) => requirement.checks)));
  return {
    verdicts: [...REQUIREMENT_VERDICTS],
    frameworks: assessments.map(({ framework, requirements, verdicts, score, coverage }) => ({
      name: framework.name,
      title: framework.title,
      description: framework.description,
      score,
      coverage,
      verdictCounts: REQUIREMENT_VERDICTS.map((verdict) => verdicts[verdict]),
      requirements: requirements.map(requirementFacts),
    })),
    checkTitles: Object.fromEntries(checkCatalog.filter((check) => mapped.has(check.id)).map((check) => [check.id, check.title])),
  };
}
