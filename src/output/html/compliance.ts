import { checkCatalog } from '../../checks/catalog.js';
import {
  countFinding,
  REQUIREMENT_VERDICTS,
  rejudgeRequirement,
  requirementNotes,
  type FindingCounts,
  type FrameworkAssessment,
  type RequirementAssessment,
} from '../../compliance/assess.js';
import type { Finding } from '../../findings/finding.js';
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

/** Which accounts the report judges one by one: the index of each finding's account, and which were scanned. */
export interface AccountScope {
  accountOf: (finding: Finding) => number;
  scanned: readonly boolean[];
}

/**
 * Every framework judged again on each scanned account's findings alone, with the scan's own
 * rules (`rejudgeRequirement`); the report stores each distinct list of verdicts once.
 */
function verdictsByAccount(assessments: readonly FrameworkAssessment[], findings: Iterable<Finding>, scope: AccountScope): NonNullable<CompliancePayload['byAccount']> {
  const countsOf = scope.scanned.map(() => new Map<string, FindingCounts>());
  for (const finding of findings) countFinding(countsOf[scope.accountOf(finding)]!, finding);
  const verdictLists: string[] = [];
  const listIndex = new Map<string, number>();
  const accounts = countsOf.map((byCheck, account) => {
    if (!scope.scanned[account]) return [];
    return assessments.map(({ requirements }) => {
      const list = requirements.map((assessed) => REQUIREMENT_VERDICTS.indexOf(rejudgeRequirement(assessed, byCheck))).join('');
      let index = listIndex.get(list);
      if (index === undefined) {
        index = verdictLists.push(list) - 1;
        listIndex.set(list, index);
      }
      return index;
    });
  });
  return { verdictLists, accounts };
}

/** The frameworks' verdicts as the report app reads them, and each account's in an organization scan. */
export function compliancePayload(assessments: readonly FrameworkAssessment[], findings: Iterable<Finding> = [], accounts: AccountScope | null = null): CompliancePayload {
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
    byAccount: accounts && assessments.length > 0 ? verdictsByAccount(assessments, findings, accounts) : null,
  };
}
