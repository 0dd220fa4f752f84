import { defineCheck, fail, manual, need, pass } from '../../../src/checks/check.js';
import type { ContextualGroundingFilter } from '../../../src/services/bedrock/bedrock.js';

/** The filter types a guardrail needs, in the order they are reported. */
const REQUIRED_TYPES = ['GROUNDING', 'RELEVANCE'] as const;

/** Why a present filter does not block, or undefined when it does as far as it says. */
function whyNotBlocking(filter: ContextualGroundingFilter): string | undefined {
  if (filter.enabled === false) return `its ${filter.type} filter is disabled`;
  if (filter.action !== null && filter.action !== 'BLOCK') return `its ${filter.type} filter only reports (action ${filter.action})`;
  if (!(filter.threshold > 0)) return `its ${filter.type} filter has threshold ${filter.threshold}, which nothing exceeds`;
  return undefined;
}

export default defineCheck({
  id: 'bedrock_guardrail_contextual_grounding_filter_enabled',
  uses: { bedrock: ['guardrailPolicies'] },
  run({ bedrock }, report) {
    report.each(bedrock.guardrailPolicies, (guardrail) => {
      const name = `Bedrock guardrail ${guardrail.name}`;
      // A later filter of a type replaces an earlier one, as Prowler reads them.
      const byType = new Map(need(guardrail.filters).contextualGrounding.filter((filter) => filter.type).map((filter) => [filter.type, filter]));
      if (byType.size === 0) return fail(`${name} has no contextual grounding policy.`);
      const missing = REQUIRED_TYPES.filter((type) => !byType.has(type));
      if (missing.length > 0) return fail(`${name} has no contextual grounding ${missing.join(' or ')} filter.`);
      const required = REQUIRED_TYPES.map((type) => byType.get(type)).filter((filter) => filter !== undefined);
      const reasons = required.map(whyNotBlocking).filter((reason) => reason !== undefined);
      if (reasons.length > 0) return fail(`${name} does not block ungrounded or irrelevant answers: ${reasons.join('; ')}.`);
      // The API may leave out whether a filter is enabled and what it does, and documents no default for either.
      const unsaid = required.filter((filter) => filter.action === null || filter.enabled === null).map((filter) => filter.type);
      if (unsaid.length > 0) {
        return manual(`${name} has GROUNDING and RELEVANCE filters with thresholds above 0, but its ${unsaid.join(' and ')} filter does not say whether it is enabled or blocks: confirm by hand.`);
      }
      return pass(`${name} blocks ungrounded and irrelevant answers with enabled GROUNDING and RELEVANCE filters.`);
    });
  },
});
