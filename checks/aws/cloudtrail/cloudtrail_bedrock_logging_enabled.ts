import { defineCheck, fail, need, notApplicable, pass } from '../../../src/checks/check.js';
import { fieldAdmits, trailAccountSubject } from '../../../src/checks/cloudtrail.js';
import type { AdvancedEventSelector, EventSelector } from '../../../src/services/cloudtrail/cloudtrail.js';

/** The Bedrock resource types advanced data-event selectors can name. */
const BEDROCK_RESOURCE_TYPES = [
  'AWS::Bedrock::AgentAlias',
  'AWS::Bedrock::FlowAlias',
  'AWS::Bedrock::Guardrail',
  'AWS::Bedrock::InlineAgent',
  'AWS::Bedrock::KnowledgeBase',
  'AWS::Bedrock::Model',
  'AWS::Bedrock::Prompt',
];

/** The event sources of Bedrock's APIs, Data Automation included. */
const BEDROCK_EVENT_SOURCES = [
  'bedrock.amazonaws.com',
  'bedrock-agent.amazonaws.com',
  'bedrock-runtime.amazonaws.com',
  'bedrock-agent-runtime.amazonaws.com',
  'bedrock-data-automation.amazonaws.com',
  'bedrock-data-automation-runtime.amazonaws.com',
];

/** Bedrock's control-plane calls are writes as well as reads, so write events must be recorded. */
function classicLogsBedrock(selector: EventSelector): boolean {
  return selector.includeManagementEvents && (selector.readWriteType === 'All' || selector.readWriteType === 'WriteOnly');
}

/**
 * An advanced selector of management events that keeps writes (no readOnly condition, or one that
 * lets "false" through) and that either names no event source or lets a Bedrock source through.
 */
function advancedLogsBedrockManagement({ fieldSelectors }: AdvancedEventSelector): boolean {
  if (!fieldAdmits(fieldSelectors, 'eventCategory', 'Management')) return false;
  const readOnly = fieldSelectors.filter((condition) => condition.field === 'readOnly');
  if (readOnly.length > 0 && !fieldAdmits(readOnly, 'readOnly', 'false')) return false;
  const namesSources = fieldSelectors.some((condition) => condition.field === 'eventSource');
  return !namesSources || BEDROCK_EVENT_SOURCES.some((source) => fieldAdmits(fieldSelectors, 'eventSource', source));
}

function advancedLogsBedrockData({ fieldSelectors }: AdvancedEventSelector): boolean {
  return fieldAdmits(fieldSelectors, 'eventCategory', 'Data') && BEDROCK_RESOURCE_TYPES.some((type) => fieldAdmits(fieldSelectors, 'resources.type', type));
}

export default defineCheck({
  id: 'cloudtrail_bedrock_logging_enabled',
  uses: { cloudtrail: ['trails'] },
  run({ cloudtrail, account }, report) {
    let recorded = false;
    const unjudged = report.each(cloudtrail.trails, (trail) => {
      if (!need(trail.isLogging)) return notApplicable('the trail is not logging');
      const selectors = need(trail.eventSelectors);
      const how = selectors.classic.some(classicLogsBedrock)
        ? 'management events, which include Bedrock control-plane calls'
        : selectors.advanced.some((selector) => advancedLogsBedrockManagement(selector) || advancedLogsBedrockData(selector))
          ? 'an advanced event selector that records Bedrock API calls'
          : undefined;
      if (!how) return notApplicable('records no Bedrock calls; the account-wide verdict says so');
      recorded = true;
      return pass(`Trail ${trail.id} (home region ${trail.region}) is logging ${how}.`);
    });
    // A trail or region that could not be read (already an ERROR) may be the one that records them.
    if (recorded || unjudged > 0) return;
    report.about(trailAccountSubject(account), () => fail('No logging trail records Amazon Bedrock API calls.'));
  },
});
