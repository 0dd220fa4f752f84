import { defineCheck, verdict } from '../../../src/checks/check.js';

/** Filter types whose patterns decide who may trigger a build, and against which branches. */
const TRUST_FILTER_TYPES = new Set(['ACTOR_ACCOUNT_ID', 'HEAD_REF', 'BASE_REF']);
/** Filters named in a finding before the rest are only counted. */
const NAMED_FILTERS = 3;

export default defineCheck({
  id: 'codebuild_project_webhook_filters_use_anchored_patterns',
  uses: { codebuild: ['projects'] },
  run({ codebuild }, report) {
    report.each(codebuild.projects, (project) => {
      const unanchored = (project.webhookFilterGroups ?? [])
        .flat()
        .filter((filter) => TRUST_FILTER_TYPES.has(filter.type) && !isAnchored(filter.pattern))
        .map((filter) => `${filter.type} '${filter.pattern}'`);
      const named = unanchored.slice(0, NAMED_FILTERS).join(', ');
      const more = unanchored.length > NAMED_FILTERS ? ` and ${unanchored.length - NAMED_FILTERS} more` : '';
      return verdict(
        unanchored.length === 0,
        `CodeBuild project ${project.name} has no webhook, or every actor and branch filter pattern of its webhook is anchored.`,
        `CodeBuild project ${project.name} has webhook filters whose patterns are not anchored with ^ and $, so lookalike values also match: ${named}${more}.`,
      );
    });
  },
});

/** Whether every alternative of a `|`-separated pattern starts with ^ and ends with $; an empty pattern is anchored. */
function isAnchored(pattern: string): boolean {
  return pattern
    .split('|')
    .map((alternative) => alternative.trim())
    .every((alternative) => alternative === '' || (alternative.startsWith('^') && alternative.endsWith('$')));
}
