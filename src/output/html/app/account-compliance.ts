import type { FrameworkFacts, RequirementFacts } from '../payload.js';
import type { Report } from './data.js';
import { tally } from './verdicts.js';

/** A requirement's findings in the payload's order: PASS, FAIL, MUTED, ERROR, MANUAL. */
type Counts = RequirementFacts['counts'];

/** One account's findings counted per check, as the writer counts them for the whole scan. */
function countsByCheck(report: Report, account: number): Map<string, Counts> {
  const counts = report.checks.map((): Counts => [0, 0, 0, 0, 0]);
  const column = report.statuses.map((status) => ['PASS', 'FAIL', 'MUTED', 'ERROR', 'MANUAL'].indexOf(status));
  for (let i = 0; i < report.size; i++) {
    if (report.account[i] !== account) continue;
    counts[report.check[i]!]![report.muted[i] ? 2 : column[report.status[i]!]!]!++;
  }
  return new Map(report.checks.map((check, index) => [check.id, counts[index]!]));
}

/**
 * The frameworks as one account of an organization scan answers them: verdicts as the writer
 * judged them on that account's findings alone, counts and score from those; null when the report
 * holds no verdicts for the account (it was not scanned).
 */
export function accountFrameworks(report: Report, account: number): FrameworkFacts[] | null {
  const { compliance } = report;
  const lists = compliance.byAccount?.accounts[account];
  if (!lists || lists.length === 0) return null;
  const byCheck = countsByCheck(report, account);
  const pass = compliance.verdicts.indexOf('PASS');
  const judged = ['PASS', 'FAIL', 'ERROR'].map((verdict) => compliance.verdicts.indexOf(verdict));
  return compliance.frameworks.map((framework, index) => {
    const verdicts = compliance.byAccount!.verdictLists[lists[index]!]!;
    const requirements = framework.requirements.map((requirement, place): RequirementFacts => {
      const counts: Counts = [0, 0, 0, 0, 0];
      for (const check of new Set(requirement.checks)) byCheck.get(check)?.forEach((n, column) => (counts[column]! += n));
      return { ...requirement, verdict: Number(verdicts[place]), counts };
    });
    const verdictCounts = tally(compliance.verdicts, requirements);
    const judgedCount = judged.reduce((sum, verdict) => sum + verdictCounts[verdict]!, 0);
    return { ...framework, requirements, verdictCounts, score: judgedCount === 0 ? null : verdictCounts[pass]! / judgedCount };
  });
}
